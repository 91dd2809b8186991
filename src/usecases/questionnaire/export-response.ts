// The submitted response as a PDF or a Word document, from its frozen snapshot and its catalogue version, in the
// reader's language, rendered in the render worker thread (off the request's event loop). Whoever may read the
// response may export it; nobody else learns that it exists.
import { coEditedStorage } from '../../db/questionnaire-storage.ts';
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import { textIn } from '../../domain/questionnaire/catalogue.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import type { UseCaseContext } from '../context.ts';

export type ResponseExportFormat = 'pdf' | 'docx';

const FORMATS: Record<ResponseExportFormat, { contentType: string; kind: 'questionnaire-pdf' | 'questionnaire-docx' }> = {
  pdf: { contentType: 'application/pdf', kind: 'questionnaire-pdf' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'questionnaire-docx' },
};

export async function exportResponse({ db, actor, id, language = 'nb', format = 'pdf' }: UseCaseContext & { id: string; language?: string; format?: ResponseExportFormat }) {
  const { response, catalogue } = await loadResponse(db, actor, id, 'export');
  const snapshot = await coEditedStorage.findSubmission(db, response.id);
  if (!snapshot) throw AppError.notFound(msg('questionnaire.response.notSubmitted'));
  const { contentType, kind } = FORMATS[format];
  const data = await renderOffThread(kind, { snapshot: { ...snapshot, catalogue }, language });
  const name = `${textIn(catalogue.title, language)} - ${response.subject}`.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').slice(0, 150);
  return { filename: `${name}.${format}`, contentType, data };
}
