// The case officer's decision on unused money (partnership-money.decide-unused), made once and with a reason:
// - 'overfort': held over to the same partnership's measure in a later year (the next by default); shown beside that
//   year's behovsmelding section 6.1 and as net need in the forum's allocation — the applicant's figures stay as given.
// - 'motregnet': set off against the same tilsagn's payment line for that year and recipient, which must have the
//   payable rest for it; the line's offset_kr rises, so its payable amount falls.
// - 'krevd': claimed back. The claim letter is numbered `YYYY/N-M` in the case of the application's county (after
//   every document in it, under the case's row lock, as the tilsagn letters are), in the recipient's written standard,
//   naming the office's repayment account and the due date (the letter's date plus the office's days); a render job
//   makes the PDF and Word files after the commit and then queues the e-mail with the letter attached.
// All in one transaction with its audit row; a refusal leaves nothing behind.
import { appendAudit } from '../../db/audit-repository.ts';
import { documentNumbersInCase, lockRoundCase } from '../../db/behovsmelding-round-repository.ts';
import { enqueue } from '../../db/job-repository.ts';
import { lineInBatchesKr, lockPaymentLine, lockVedtak, paidKr, raiseLineOffset, updateUnusedFundsIfUnchanged } from '../../db/unused-funds-repository.ts';
import { findUtbetalingSetting } from '../../db/utbetaling-setting-repository.ts';
import { formatDocumentNumber, nextDocumentSequence, parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { formatKr } from '../../domain/shared/money.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import {
  claimDueLocal,
  decisionRefusal,
  defaultTargetYear,
  payableRest,
  RENDER_REPAYMENT_CLAIM_JOB,
  ZUnusedDecisionInput,
  type RenderRepaymentClaimPayload,
  type TDecisionRefusal,
} from '../../domain/utbetaling/unused-funds.ts';
import { noticeLanguageOf } from '../../loaders/notify/notice-recipients.ts';
import { loadUnusedFunds, unusedFundsAnswer } from '../../loaders/utbetaling/load-unused-funds.ts';
import type { UseCaseContext } from '../context.ts';

function refusalError(r: TDecisionRefusal): AppError {
  switch (r.code) {
    case 'decided':
      return new AppError('CONFLICT', msg('utbetaling.unused.alreadyDecided', { state: r.state }));
    case 'target-year':
      return new AppError('VALIDATION', msg('utbetaling.unused.targetYearInvalid'), { fieldErrors: [{ field: 'targetYear', message: msg('utbetaling.unused.targetYearInvalid') }] });
    case 'no-offset-line':
      return new AppError('VALIDATION', msg('utbetaling.unused.noOffsetLine', { year: r.targetYear }));
    case 'offset-above-rest':
      return new AppError('VALIDATION', msg('utbetaling.unused.offsetAboveRest', { rest: formatKr(r.restKr) }));
    case 'no-account':
      return new AppError('VALIDATION', msg('utbetaling.unused.noRepaymentAccount'));
    case 'claim-above-paid':
      return new AppError('VALIDATION', msg('utbetaling.unused.claimAbovePaid', { paid: formatKr(r.paidKr) }));
  }
}

export async function decideUnusedFunds({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const loaded = await loadUnusedFunds(tx, actor, id, 'decide-unused');
    const { ctx, resource } = loaded;
    const values = parseInput(ZUnusedDecisionInput, input);
    // The tilsagn first, then the row (registration takes the same order): an offset and a registration of the same
    // money wait for each other.
    await lockVedtak(tx, ctx.vedtak.id);
    const { row } = await loadUnusedFunds(tx, actor, id, 'decide-unused', 'update');
    if (row.version !== values.expectedVersion) throw staleVersion(msg('utbetaling.unused.theUnusedFunds'));

    const key = { vedtakId: row.vedtakId, year: row.year, recipient: row.recipient, recipientOrgId: row.recipientOrgId };
    const targetYear = values.targetYear ?? defaultTargetYear(row.year);
    const line = values.decision === 'motregnet' ? await lockPaymentLine(tx, { ...key, year: targetYear }) : undefined;
    const setting = values.decision === 'krevd' ? await findUtbetalingSetting(tx, row.officeId) : undefined;
    const refusal = decisionRefusal({
      state: row.state,
      year: row.year,
      amountKr: row.amountKr,
      paidKr: values.decision === 'krevd' ? await paidKr(tx, key) : 0,
      decision: values.decision,
      targetYear,
      offsetLine: line ? { payableRestKr: payableRest(line, await lineInBatchesKr(tx, line.id)) } : null,
      repaymentKontonr: setting?.repaymentKontonr ?? null,
    });
    if (refusal) throw refusalError(refusal);

    const at = clock.now();
    const decided = { state: values.decision, reason: values.reason, decidedByUserId: actor.userId, decidedByName: actor.name, decidedAt: at };
    let changes: Parameters<typeof updateUnusedFundsIfUnchanged>[1]['changes'] = decided;
    let offset: { lineId: string; offsetKr: number } | null = null;
    if (values.decision === 'overfort') changes = { ...decided, targetYear };
    if (values.decision === 'motregnet' && line) {
      const after = await raiseLineOffset(tx, { lineId: line.id, amountKr: row.amountKr, at });
      offset = { lineId: line.id, offsetKr: after.offsetKr };
      changes = { ...decided, targetYear, offsetLineId: line.id };
    }
    if (values.decision === 'krevd') {
      const caseRow = await lockRoundCase(tx, ctx.vedtak.roundId, ctx.countyNumber);
      if (!caseRow) throw new AppError('CONFLICT', msg('utbetaling.unused.noCase', { county: ctx.countyNumber }));
      const taken = (await documentNumbersInCase(tx, caseRow.caseNumber)).map((n) => parseDocumentNumber(n)?.documentSequence ?? 0).filter((n) => n > 0);
      changes = {
        ...decided,
        claimDocumentNumber: formatDocumentNumber(caseRow.caseNumber, nextDocumentSequence(taken)),
        claimDueLocal: claimDueLocal(osloDateOf(at), setting!.repaymentDays),
        claimKontonr: setting!.repaymentKontonr,
        claimLanguage: await noticeLanguageOf(tx, row.recipientOrgId, row.officeId),
      };
    }
    const after = await updateUnusedFundsIfUnchanged(tx, { id: row.id, expectedVersion: row.version, at, changes });
    if (!after) throw staleVersion(msg('utbetaling.unused.theUnusedFunds'));
    if (values.decision === 'krevd') {
      const payload: RenderRepaymentClaimPayload = { unusedFundsId: row.id };
      await enqueue(tx, RENDER_REPAYMENT_CLAIM_JOB, payload);
    }
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'unused-funds',
      entityId: row.id,
      before: { state: row.state, version: row.version },
      after: { ...changes, version: after.version, ...(offset ? { offsetLine: offset } : {}) },
    });
    return { unused: await unusedFundsAnswer(tx, actor, after, ctx, resource) };
  });
}
