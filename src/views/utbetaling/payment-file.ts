// The finance system's file of some approved batches of a round (issue 15, point 1): their items as rows
// (payment-file-rows.ts), written as CSV or XLSX (src/integrations/finance/payment-file.ts), with its file name.
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { listPaymentItems, roundScheme } from '../../db/payment-batch-repository.ts';
import { paymentFileName, paymentFileRows, type TPaymentFileFormat } from '../../domain/utbetaling/payment-file-rows.ts';
import { PAYMENT_FILE_CONTENT_TYPES, renderPaymentFile } from '../../integrations/finance/payment-file.ts';

export async function paymentFile(db: DbOrTx, round: RoundView, batchIds: readonly string[], format: TPaymentFileFormat, tag: string) {
  const { shortName } = await roundScheme(db, round.id);
  const rows = paymentFileRows(await listPaymentItems(db, batchIds), { schemeShortName: shortName, year: round.year });
  const data = await renderPaymentFile(rows, format, `${round.title} – utbetaling`);
  return { filename: paymentFileName(round.year, tag, format), contentType: PAYMENT_FILE_CONTENT_TYPES[format], data, rows };
}
