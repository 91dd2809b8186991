// Renders a repayment claim letter (PDF and Word) off the request path and stores it where the downloads read it;
// queued by the 'krevd' decision in its transaction (src/usecases/utbetaling/decide-unused-funds.ts). Once both files
// are stored, the row takes their keys and — in the same transaction — the claim is e-mailed with the PDF attached to
// the partnership (the application's contact person and the coordinator) and to the organisation the money was paid
// to, in the letter's language. A retry after a crash skips what is stored and queues no second e-mail.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { findUnusedFunds, findVedtakContext, storeClaimFiles } from '../../db/unused-funds-repository.ts';
import { repaymentClaimNotice, partnershipMoneyLink } from '../../domain/notify/repayment-claim-notice.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid, ZEmail } from '../../domain/shared/fields.ts';
import { LETTER_CONTENT_TYPES } from '../../domain/tilsagn/issue-letters.ts';
import { CLAIM_FORMATS, claimFileKey, claimFileName, type RenderRepaymentClaimPayload } from '../../domain/utbetaling/unused-funds.ts';
import { partnershipRecipients } from '../../loaders/notify/notice-recipients.ts';
import { renderRepaymentClaim, repaymentClaimContent } from '../../views/utbetaling/repayment-claim-letter.ts';
import { PermanentJobError, type JobHandler } from './job-handler.ts';

export function renderRepaymentClaimHandler({ db, config }: { db: Db; config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'publicUrl'>> }): JobHandler {
  const files = fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db });
  return async (payload) => {
    const { unusedFundsId } = (payload ?? {}) as Partial<RenderRepaymentClaimPayload>;
    if (typeof unusedFundsId !== 'string' || !isUuid(unusedFundsId)) throw new PermanentJobError('render-repayment-claim without unusedFundsId');
    const row = await findUnusedFunds(db, unusedFundsId);
    if (!row) throw new PermanentJobError(`no unused funds ${unusedFundsId}`);
    if (row.claimPdfKey && row.claimDocxKey) return;
    try {
      const content = await repaymentClaimContent(db, row);
      const keys = { pdf: claimFileKey(row.id, 'pdf'), docx: claimFileKey(row.id, 'docx') };
      for (const format of CLAIM_FORMATS) {
        // The store's put is atomic, so what is there is whole.
        if (await files.get(keys[format])) continue;
        await files.put({ key: keys[format], contentType: LETTER_CONTENT_TYPES[format], data: await renderRepaymentClaim(content, row.decidedAt!, format) });
      }
      await db.transaction(async (tx) => {
        if (!(await storeClaimFiles(tx, { id: row.id, pdfKey: keys.pdf, docxKey: keys.docx }))) return;
        const ctx = await findVedtakContext(tx, row.vedtakId);
        const to = await partnershipRecipients(tx, { partnershipId: row.partnershipId, applicationId: ctx?.vedtak.applicationId ?? null, officeId: row.officeId });
        const payee = ZEmail.safeParse((await findOrganisation(tx, row.recipientOrgId))?.email ?? undefined);
        const emails = new Set([...(payee.success ? [payee.data.toLowerCase()] : []), ...(to?.emails ?? [])]);
        const filename = claimFileName(content.documentNumber, 'pdf');
        const notice = repaymentClaimNotice({
          language: content.language,
          officeName: content.officeName,
          partnershipName: to?.partnershipName ?? '',
          documentNumber: content.documentNumber,
          amountKr: row.amountKr,
          year: row.year,
          dueLocal: row.claimDueLocal!,
          kontonr: row.claimKontonr!,
          letterFileName: filename,
          link: partnershipMoneyLink(config.publicUrl, row.partnershipId),
        });
        for (const email of emails) {
          await queueEmail(tx, { to: email, ...notice, attachments: [{ fileKey: keys.pdf, filename, contentType: LETTER_CONTENT_TYPES.pdf }] });
        }
      });
    } catch (error) {
      // The rows say what cannot be mended (the claim gone or not numbered): no retry makes it render.
      if (error instanceof AppError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  };
}
