// A submitted questionnaire as a PDF (A4): the blocks of questionnaire-blocks.ts laid out by the behovsmelding's
// pdfmake content (pdf-content.ts), with the form's title and page numbers in the footer, in the reader's language.
import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import type { TDocBlock } from '../blocks/document-blocks.ts';
import { blockContent, PAGE_MARGIN, PDF_STYLES } from '../blocks/pdf-content.ts';
import { configuredPdfmake, PDF_FONT } from '../blocks/pdf-fonts.ts';
import { DOCUMENT_LOCALES, questionnaireBlocks } from './questionnaire-blocks.ts';

/** A heading or table caption never ends a page (as in application-pdf.ts). */
const keepHeadingsWithText = (node: Node, nodes: NodeQueries) =>
  node.headlineLevel !== undefined &&
  (node.startPosition.verticalRatio > 0.9 || nodes.getFollowingNodesOnPage().every((n) => n.style === 'footer'));

/** pdf-content.ts says "not answered" in Bokmål; other languages say it in their own, in the same muted style. */
function contentIn(block: TDocBlock, language: string): Content {
  if (block.kind === 'field' && block.answer === null && language !== 'nb')
    return [
      { text: block.label, style: 'label' },
      { text: renderIn(language, msg('questionnaire.document.notAnswered')), color: '#555555', italics: true },
    ];
  return blockContent(block);
}

export async function renderQuestionnairePdf(snapshot: TSubmittedQuestionnaire, language = 'nb'): Promise<Buffer> {
  const title = textIn(snapshot.catalogue.title, language);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN],
    language: DOCUMENT_LOCALES[language] ?? 'nb-NO',
    displayTitle: true,
    info: {
      title,
      ...(snapshot.subject ? { subject: snapshot.subject } : {}),
      ...(snapshot.submittedByName ? { author: snapshot.submittedByName } : {}),
      creator: 'Kompetanseløft',
      // The submission's time (or day), not the rendering's: the same snapshot renders to the same document.
      creationDate: new Date(snapshot.submittedAt ?? `${snapshot.submittedOn}T12:00:00Z`),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: PDF_STYLES,
    content: questionnaireBlocks(snapshot, language).map((block) => contentIn(block, language)),
    footer: (page, pages) => ({
      text: `${title} · ${renderIn(language, msg('questionnaire.document.page', { page, pages }))}`,
      style: 'footer',
      margin: [PAGE_MARGIN, 20, PAGE_MARGIN, 0],
    }),
    pageBreakBefore: keepHeadingsWithText,
  };
  return configuredPdfmake().createPdf(definition).getBuffer();
}
