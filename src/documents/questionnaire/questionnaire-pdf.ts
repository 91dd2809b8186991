// A submitted questionnaire as a tagged PDF (A4): the blocks of questionnaire-blocks.ts rendered by the
// behovsmelding's renderer (blocks/pdf-document.ts), with the form's title and page numbers in the footer, in the
// reader's language.
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import { renderBlocksPdf } from '../blocks/pdf-document.ts';
import { DOCUMENT_LOCALES, questionnaireBlocks } from './questionnaire-blocks.ts';

export function renderQuestionnairePdf(snapshot: TSubmittedQuestionnaire, language = 'nb'): Promise<Buffer> {
  const title = textIn(snapshot.catalogue.title, language);
  return renderBlocksPdf(questionnaireBlocks(snapshot, language), {
    title,
    ...(snapshot.subject ? { subject: snapshot.subject } : {}),
    ...(snapshot.submittedByName ? { author: snapshot.submittedByName } : {}),
    lang: DOCUMENT_LOCALES[language] ?? 'nb-NO',
    // The submission's time (or day), not the rendering's: the same snapshot renders to the same document.
    date: new Date(snapshot.submittedAt ?? `${snapshot.submittedOn}T12:00:00Z`),
    footer: (page, pages) => `${title} · ${renderIn(language, msg('questionnaire.document.page', { page, pages }))}`,
    notAnswered: renderIn(language, msg('questionnaire.document.notAnswered')),
  });
}
