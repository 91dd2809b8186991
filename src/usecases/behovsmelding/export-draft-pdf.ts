// The application as it is now, as a PDF marked UTKAST (issue 12, point 7): before submitting, the coordinator reads
// the whole behovsmelding as the office will, and can share it for a last look. Whoever may export the application
// may export its draft; nobody else learns that it exists (404, as every application use case). Rendered in the
// render worker (ADR 022): the layout would stall the event loop. Never stored: the draft changes with every save.
import { findExtension } from '../../db/behovsmelding-round-repository.ts';
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import { applicableDeadline } from '../../domain/behovsmelding/applicable-deadline.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { draftSnapshot } from '../../views/behovsmelding/current-snapshot.ts';
import type { UseCaseContext } from '../context.ts';

export type ExportDraftPdfOptions = UseCaseContext & { id: string };

export async function exportDraftPdf({ db, actor, clock, id }: ExportDraftPdfOptions) {
  const loaded = await loadApplication(db, actor, id, 'export');
  // A draft snapshot has sequence 0, which the document marks "UTKAST – ikke sendt inn" (application-document.ts).
  const snapshot = await draftSnapshot(db, loaded, clock);
  // The deadline this partnership works to: the round's, or later by its extension or by a return's window. The
  // coordinator reading the draft needs the date that counts for them, not the round's general one.
  const extension = await findExtension(db, loaded.round.id, loaded.partnership.id);
  snapshot.applicableDeadline = applicableDeadline({
    deadlineLocal: loaded.round.deadlineLocal,
    extensionUntilLocal: extension?.untilLocal ?? null,
    resubmitUntilLocal: loaded.app.resubmitUntilLocal,
  });
  const data = await renderOffThread('application-pdf', snapshot);
  return { filename: `behovsmelding-utkast-${loaded.partnership.name}.pdf`, contentType: 'application/pdf', data };
}
