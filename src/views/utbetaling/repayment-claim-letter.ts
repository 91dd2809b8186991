// One repayment claim letter from the rows, as PDF and Word: the claim's row (number, due date, account, language,
// reason, case officer) with its tilsagn, round, partnership and addressee → claimLetterContent() → the renderers
// (src/documents/utbetaling). The render job stores what this makes. Rendered in the calling thread, not the render
// pool: a claim is one short letter at a time (a round's forty tilsagn letters are what the pool is for).
import type { DbOrTx } from '../../db/client.ts';
import { findRoundView } from '../../db/behovsmelding-round-repository.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { findVedtakContext, type UnusedFundsRow } from '../../db/unused-funds-repository.ts';
import { renderClaimLetterDocx } from '../../documents/utbetaling/claim-letter-docx.ts';
import { renderClaimLetterPdf } from '../../documents/utbetaling/claim-letter-pdf.ts';
import { parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import { claimLetterContent, type TClaimLetterContent } from '../../domain/utbetaling/claim-letter-content.ts';
import type { TClaimFormat } from '../../domain/utbetaling/unused-funds.ts';

/** The claim's one source. Throws when the row is no claim (or its tilsagn is gone): no retry makes it render. */
export async function repaymentClaimContent(db: DbOrTx, row: UnusedFundsRow): Promise<TClaimLetterContent> {
  if (!row.claimDocumentNumber || !row.claimDueLocal || !row.claimKontonr || !row.decidedAt) throw new AppError('CONFLICT', msg('utbetaling.unused.claimNotReady'));
  const ctx = await findVedtakContext(db, row.vedtakId);
  const round = ctx ? await findRoundView(db, ctx.vedtak.roundId) : undefined;
  const partnership = await findPartnership(db, row.partnershipId);
  const addressee = await findOrganisation(db, row.recipientOrgId);
  if (!ctx || !round || !partnership || !addressee) throw AppError.notFound(msg('utbetaling.unused.notFound'));
  return claimLetterContent({
    language: row.claimLanguage === 'nn' ? 'nn' : 'nb',
    documentNumber: row.claimDocumentNumber,
    caseNumber: parseDocumentNumber(row.claimDocumentNumber)?.caseNumber ?? '',
    dateLocal: osloDateOf(row.decidedAt),
    dueLocal: row.claimDueLocal,
    office: { name: round.officeName },
    addressee: { name: addressee.name, orgnr: addressee.orgnr },
    partnershipName: partnership.name,
    amountKr: row.amountKr,
    year: row.year,
    tilsagn: { documentNumber: ctx.vedtak.documentNumber ?? '', dateLocal: ctx.vedtak.issuedAt ? osloDateOf(ctx.vedtak.issuedAt) : null },
    reason: row.reason ?? '',
    kontonr: row.claimKontonr,
    caseOfficerName: row.decidedByName ?? '',
  });
}

/** The PDF's creation date is the decision's time, so it is the same document however often it is rendered. */
export function renderRepaymentClaim(content: TClaimLetterContent, decidedAt: Date, format: TClaimFormat): Promise<Buffer> {
  return format === 'pdf' ? renderClaimLetterPdf(content, decidedAt) : renderClaimLetterDocx(content);
}
