// The submitted response as a PDF, from its frozen snapshot and its catalogue version, in the reader's language.
// Whoever may read the response may export it; nobody else learns that it exists.
import { coEditedStorage } from '../../db/questionnaire-storage.ts';
import { renderQuestionnairePdf } from '../../documents/questionnaire/questionnaire-pdf.ts';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import type { UseCaseContext } from '../context.ts';

export async function exportResponse({ db, actor, id, language = 'nb' }: UseCaseContext & { id: string; language?: string }) {
  const { response, catalogue } = await loadResponse(db, actor, id, 'export');
  const snapshot = await coEditedStorage.findSubmission(db, response.id);
  if (!snapshot) throw AppError.notFound(msg('questionnaire.response.notSubmitted'));
  const data = await renderQuestionnairePdf({ ...snapshot, catalogue }, language);
  const name = `${textIn(catalogue.title, language)} - ${response.subject}`.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').slice(0, 150);
  return { filename: `${name}.pdf`, contentType: 'application/pdf', data };
}
