// A case officer registers unused money of a tilsagn year and recipient (partnership-money.register-unused): reported
// by the partnership, or found by the office. The amount is capped by what was paid for that year and recipient (or
// decided, when the office found it before payment: unused-funds.ts unusedCap), less what is registered already; the
// tilsagn row is locked so two registrations cannot both take the same kroner. Audited in the same transaction.
import { appendAudit } from '../../db/audit-repository.ts';
import { findDecidedLine, insertUnusedFunds, lockVedtak, paidKr, registeredKr } from '../../db/unused-funds-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { formatKr } from '../../domain/shared/money.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { unusedCap, ZRegisterUnusedInput } from '../../domain/utbetaling/unused-funds.ts';
import { loadVedtakMoney, unusedFundsAnswer } from '../../loaders/utbetaling/load-unused-funds.ts';
import type { UseCaseContext } from '../context.ts';

export async function registerUnusedFunds({ db, actor, clock, vedtakId, input }: UseCaseContext & { vedtakId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { ctx, resource } = await loadVedtakMoney(tx, actor, vedtakId, 'register-unused');
    const values = parseInput(ZRegisterUnusedInput, input);
    await lockVedtak(tx, vedtakId);
    // Money flows only from an accepted tilsagn (ADR 027: the payment plan's gate), so only that can leave some unused.
    if (ctx.vedtak.kind !== 'tilsagn' || !ctx.vedtak.acceptedAt) throw new AppError('VALIDATION', msg('utbetaling.unused.notTilsagn'));
    const key = { vedtakId, year: values.year, recipient: values.recipient, recipientOrgId: values.recipientOrgId };
    const decided = await findDecidedLine(tx, key);
    if (!decided) throw new AppError('VALIDATION', msg('utbetaling.unused.noSuchLine', { year: values.year }));
    const cap = unusedCap({ source: values.source, decidedKr: decided.amountKr, paidKr: await paidKr(tx, key), registeredKr: await registeredKr(tx, key) });
    if (values.amountKr > cap) {
      const message = msg('utbetaling.unused.amountAboveCap', { max: formatKr(cap) });
      throw new AppError('VALIDATION', message, { fieldErrors: [{ field: 'amountKr', message }] });
    }
    const at = clock.now();
    const row = await insertUnusedFunds(tx, {
      officeId: ctx.officeId,
      partnershipId: ctx.partnershipId,
      ...key,
      amountKr: values.amountKr,
      source: values.source,
      note: values.note,
      registeredByName: actor.name,
      registeredAt: at,
      updatedAt: at,
    });
    await appendAudit(tx, actor, { action: 'create', entityType: 'unused-funds', entityId: row.id, before: null, after: row });
    return { unused: await unusedFundsAnswer(tx, actor, row, ctx, resource) };
  });
}
