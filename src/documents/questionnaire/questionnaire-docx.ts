// A submitted questionnaire as a Word document (A4), for those who edit or quote it further: the blocks of
// questionnaire-blocks.ts translated by the shared DOCX content (src/documents/blocks/docx-content.ts), as the PDF translates
// them with its tagged pdfkit content, with the form's title and page numbers in the footer, in the reader's language.
import { Paragraph, TextRun } from 'docx';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import type { TDocBlock } from '../blocks/document-blocks.ts';
import { a4Document, blockElements, pageFooter } from '../blocks/docx-content.ts';
import { DOCUMENT_LOCALES, questionnaireBlocks } from './questionnaire-blocks.ts';

/** docx-content.ts says "not answered" in Bokmål; other languages say it in their own, in the same muted style
 * (as questionnaire-pdf.ts does for the PDF). */
function elementsIn(block: TDocBlock, language: string): ReturnType<typeof blockElements> {
  if (block.kind === 'field' && block.answer === null && language !== 'nb')
    return [
      new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: block.label, bold: true })] }),
      new Paragraph({ children: [new TextRun({ text: renderIn(language, msg('questionnaire.document.notAnswered')), italics: true, color: '555555' })] }),
    ];
  return blockElements(block);
}

export async function renderQuestionnaireDocx(snapshot: TSubmittedQuestionnaire, language = 'nb'): Promise<Buffer> {
  const title = textIn(snapshot.catalogue.title, language);
  // "side {page} av {pages}" in the reader's language, split around the numbers Word fills in itself.
  const [before = '', between = ' / '] = renderIn(language, msg('questionnaire.document.page', { page: '#PAGE#', pages: '#PAGES#' })).split(/#PAGES?#/);
  return a4Document({
    properties: { title, ...(snapshot.subject ? { subject: snapshot.subject } : {}), creator: snapshot.submittedByName ?? 'Kompetanseløft' },
    locale: DOCUMENT_LOCALES[language] ?? 'nb-NO',
    footer: pageFooter(`${title} · ${before}`, between),
    children: questionnaireBlocks(snapshot, language).flatMap((block) => elementsIn(block, language)),
  });
}
