// The submitted response as a PDF or a Word document, from its frozen snapshot and its catalogue version, in the
// reader's language. Whoever may read the response may export it; nobody else learns that it exists.
import { coEditedStorage } from '../../db/questionnaire-storage.ts';
import { renderQuestionnaireDocx } from '../../documents/questionnaire/questionnaire-docx.ts';
import { renderQuestionnairePdf } from '../../documents/questionnaire/questionnaire-pdf.ts';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import type { UseCaseContext } from '../context.ts';

export type ResponseExportFormat = 'pdf' | 'docx';

const FORMATS: Record<ResponseExportFormat, { contentType: string; render: (s: TSubmittedQuestionnaire, language: string) => Promise<Buffer> }> = {
  pdf: { contentType: 'application/pdf', render: renderQuestionnairePdf },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderQuestionnaireDocx },
};

export async function exportResponse({ db, actor, id, language = 'nb', format = 'pdf' }: UseCaseContext & { id: string; language?: string; format?: ResponseExportFormat }) {
  const { response, catalogue } = await loadResponse(db, actor, id, 'export');
  const snapshot = await coEditedStorage.findSubmission(db, response.id);
  if (!snapshot) throw AppError.notFound(msg('questionnaire.response.notSubmitted'));
  const { contentType, render } = FORMATS[format];
  const data = await render({ ...snapshot, catalogue }, language);
  const name = `${textIn(catalogue.title, language)} - ${response.subject}`.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').slice(0, 150);
  return { filename: `${name}.${format}`, contentType, data };
}
