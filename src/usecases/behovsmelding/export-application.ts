// The submitted application as PDF, DOCX or JSON (the JSON export also of a draft, `draft: true`). Whoever may
// read the application may export it; nobody else learns that it exists.
import { applicationJsonExport } from '../../documents/behovsmelding/application-json.ts';
import { renderApplicationDocx } from '../../documents/behovsmelding/application-docx.ts';
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts';
import { caseFilePath } from '../../documents/behovsmelding/case-file-path.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { APPLICATION_EXPORT_FORMATS, type TApplicationExportFormat } from '../../domain/behovsmelding/export-format.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { draftSnapshot, submittedSnapshot } from '../../views/behovsmelding/current-snapshot.ts';


const CONTENT_TYPES: Record<TApplicationExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

export async function exportApplication({ db, actor, clock, id, format, draft }: UseCaseContext & { id: string; format: string; draft?: boolean }) {
  const loaded = await loadApplication(db, actor, id, 'export');
  if (!(APPLICATION_EXPORT_FORMATS as readonly string[]).includes(format)) throw AppError.notFound(msg('behovsmelding.unknownFormat', { format: format.slice(0, 20) }));
  const f = format as TApplicationExportFormat;
  const submitted = draft ? null : await submittedSnapshot(db, loaded.app.id);
  if (!submitted && !(draft && f === 'json')) throw AppError.notFound(msg('behovsmelding.notSubmittedYet'));
  const snapshot = submitted ?? (await draftSnapshot(db, loaded, clock));
  const data =
    f === 'pdf'
      ? await renderApplicationPdf(snapshot)
      : f === 'docx'
        ? await renderApplicationDocx(snapshot)
        : Buffer.from(JSON.stringify(applicationJsonExport(snapshot), null, 2));
  const filename = snapshot.documentNumber ? caseFilePath(snapshot, f) : `behovsmelding-utkast-${loaded.partnership.name}.${f}`;
  return { filename, contentType: CONTENT_TYPES[f], data };
}
