// The round's innstilling as a tagged PDF or a Word document (forum-allocation.export): whoever reads it may take it
// along. Rendered here, not in the render worker: an innstilling is a few pages of text and tables, and the worker's
// registry belongs to the documents module (a candidate to move there when the innstilling grows).
import { assertCan } from '../../domain/access/policy.ts';
import { INNSTILLING_EXPORT_FORMATS } from '../../domain/forum/innstilling-contract.ts';
import { renderInnstillingDocx } from '../../documents/forum/innstilling-docx.ts';
import { renderInnstillingPdf } from '../../documents/forum/innstilling-pdf.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { innstillingData } from '../../views/forum/innstilling-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function exportInnstilling({ db, actor, clock, roundId, format }: UseCaseContext & { roundId: string; format: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'export', { type: 'forum-allocation', officeId: round.officeId, quorate: false });
  if (!(INNSTILLING_EXPORT_FORMATS as readonly string[]).includes(format)) throw AppError.notFound();
  const { content } = await innstillingData(db, round);
  const base = `innstilling-${round.year}-${round.officeName}`.replace(/[^\p{L}\p{N}-]+/gu, '-');
  return format === 'pdf'
    ? { filename: `${base}.pdf`, contentType: 'application/pdf', data: await renderInnstillingPdf(content, clock.now()) }
    : { filename: `${base}.docx`, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: await renderInnstillingDocx(content) };
}
