// The submitted application as PDF, DOCX or JSON (the JSON export also of a draft, `draft: true`). Whoever may
// read the application may export it; nobody else learns that it exists. A submission's PDF and DOCX come from the
// file store when the render-submission job has stored them, else are rendered here as before (not yet rendered,
// or submitted before the job existed): correct first, fast when ready.
import { applicationJsonExport } from '../../documents/behovsmelding/application-json.ts';
import { caseFilePath } from '../../documents/behovsmelding/case-file-path.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { APPLICATION_EXPORT_FORMATS, type TApplicationExportFormat } from '../../domain/behovsmelding/export-format.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { draftSnapshot, submittedDocument, submittedSnapshot } from '../../views/behovsmelding/current-snapshot.ts';


const CONTENT_TYPES: Record<TApplicationExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** `files`: where the rendered submissions are (routes and the CLI pass it); without it every document is rendered anew. */
export async function exportApplication({ db, actor, clock, files, id, format, draft }: UseCaseContext & { files?: (db: DbOrTx) => FileStore; id: string; format: string; draft?: boolean }) {
  const loaded = await loadApplication(db, actor, id, 'export');
  if (!(APPLICATION_EXPORT_FORMATS as readonly string[]).includes(format)) throw AppError.notFound(msg('behovsmelding.unknownFormat', { format: format.slice(0, 20) }));
  const f = format as TApplicationExportFormat;
  const submitted = draft ? null : await submittedSnapshot(db, loaded.app.id);
  if (!submitted && !(draft && f === 'json')) throw AppError.notFound(msg('behovsmelding.notSubmittedYet'));
  const snapshot = submitted ?? (await draftSnapshot(db, loaded, clock));
  // PDF and DOCX exist only of a submission (checked above); JSON is cheap and made as before.
  const data =
    f === 'json'
      ? Buffer.from(JSON.stringify(applicationJsonExport(snapshot), null, 2))
      : await submittedDocument(files?.(db), snapshot, { applicationId: loaded.app.id, sequence: snapshot.sequence }, f);
  const filename = snapshot.documentNumber ? caseFilePath(snapshot, f) : `behovsmelding-utkast-${loaded.partnership.name}.${f}`;
  return { filename, contentType: CONTENT_TYPES[f], data };
}
