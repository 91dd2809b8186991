// A repayment claim letter's PDF or Word file (partnership-money.read): the office's money readers and the
// partnership's own. The files are those the render job stored; until it has, the claim is "not ready" (404) — it is
// never rendered on a request, so what is downloaded is what was sent.
import { fileStoreFor } from '../../db/file-store.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { LETTER_CONTENT_TYPES } from '../../domain/tilsagn/issue-letters.ts';
import { CLAIM_FORMATS, claimFileName, type TClaimFormat } from '../../domain/utbetaling/unused-funds.ts';
import { loadUnusedFunds } from '../../loaders/utbetaling/load-unused-funds.ts';
import type { UseCaseContext } from '../context.ts';

export async function getRepaymentClaim({
  db,
  actor,
  config,
  id,
  format,
}: Omit<UseCaseContext, 'clock'> & { config: { databaseUrl: string | undefined; dataDir: string }; id: string; format: string }) {
  const { row } = await loadUnusedFunds(db, actor, id, 'read');
  if (!(CLAIM_FORMATS as readonly string[]).includes(format)) throw AppError.notFound();
  const f = format as TClaimFormat;
  const key = f === 'pdf' ? row.claimPdfKey : row.claimDocxKey;
  if (!row.claimDocumentNumber || !key) throw AppError.notFound(msg('utbetaling.unused.claimNotReady'));
  const stored = await fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db }).get(key);
  if (!stored) throw AppError.notFound(msg('utbetaling.unused.claimNotReady'));
  return { filename: claimFileName(row.claimDocumentNumber, f), contentType: LETTER_CONTENT_TYPES[f], data: stored.data };
}
