// The application as it is now, as a PDF marked UTKAST (issue 12, point 7): before submitting, the coordinator reads
// the whole behovsmelding as the office will, and can share it for a last look. Whoever may export the application
// may export its draft; nobody else learns that it exists (404, as every application use case). Rendered in the
// render worker (ADR 022): the layout would stall the event loop. Never stored: the draft changes with every save.
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { draftSnapshot } from '../../views/behovsmelding/current-snapshot.ts';
import type { UseCaseContext } from '../context.ts';

export type ExportDraftPdfOptions = UseCaseContext & { id: string };

export async function exportDraftPdf({ db, actor, clock, id }: ExportDraftPdfOptions) {
  const loaded = await loadApplication(db, actor, id, 'export');
  // A draft snapshot has sequence 0, which the document marks "UTKAST – ikke sendt inn" (application-document.ts).
  const snapshot = await draftSnapshot(db, loaded, clock);
  const data = await renderOffThread('application-pdf', snapshot);
  return { filename: `behovsmelding-utkast-${loaded.partnership.name}.pdf`, contentType: 'application/pdf', data };
}
