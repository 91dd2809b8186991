// Loads one row of unused money with its tilsagn, partnership and the policy's view of it (partnership-money), so
// every unused-money use case asks the same question the same way: a row that does not exist is "not found"; one the
// actor may not act on is refused (403) before its state is told.
import type { DbOrTx } from '../../db/client.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { findPartnership, type PartnershipDetail } from '../../db/partnership-repository.ts';
import { findUnusedFunds, findVedtakContext, type UnusedFundsRow } from '../../db/unused-funds-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { PartnershipMoneyResource, PartnershipMoneyVerb } from '../../domain/utbetaling/policy.ts';
import { unusedFundsOut } from '../../views/utbetaling/unused-funds-view.ts';

export type VedtakContext = NonNullable<Awaited<ReturnType<typeof findVedtakContext>>>;

export const moneyResource = (officeId: string, p: PartnershipDetail): PartnershipMoneyResource => ({
  type: 'partnership-money',
  officeId,
  partnership: partnershipResource(p),
});

/** A tilsagn with its partnership and the policy's view of the partnership's money at the tilsagn's office. */
export async function loadVedtakMoney(db: DbOrTx, actor: Actor, vedtakId: string, verb: PartnershipMoneyVerb) {
  const ctx = await findVedtakContext(db, vedtakId);
  const partnership = ctx ? await findPartnership(db, ctx.partnershipId) : undefined;
  if (!ctx || !partnership) throw AppError.notFound(msg('utbetaling.unused.vedtakNotFound'));
  const resource = moneyResource(ctx.officeId, partnership);
  assertCan(actor, verb, resource);
  return { ctx, partnership, resource };
}

export async function loadUnusedFunds(db: DbOrTx, actor: Actor, id: string, verb: PartnershipMoneyVerb, lock?: 'update') {
  const row = await findUnusedFunds(db, id, lock);
  if (!row) throw AppError.notFound(msg('utbetaling.unused.notFound'));
  const ctx = await findVedtakContext(db, row.vedtakId);
  const partnership = await findPartnership(db, row.partnershipId);
  if (!ctx || !partnership) throw AppError.notFound(msg('utbetaling.unused.notFound'));
  // The row's own office decides (it is the tilsagn's office when registered).
  const resource = moneyResource(row.officeId, partnership);
  assertCan(actor, verb, resource);
  return { row, ctx, partnership, resource };
}

/** The recipient organisation's name (the answer and the letter show it). */
export async function recipientNameOf(db: DbOrTx, row: Pick<UnusedFundsRow, 'recipientOrgId'>): Promise<string> {
  return (await findOrganisation(db, row.recipientOrgId))?.name ?? '';
}

/** The row as the API answers it, with the verbs the actor has on the partnership's money. */
export async function unusedFundsAnswer(db: DbOrTx, actor: Actor, row: UnusedFundsRow, ctx: VedtakContext, resource: PartnershipMoneyResource) {
  return unusedFundsOut(row, { recipientName: await recipientNameOf(db, row), vedtakDocumentNumber: ctx.vedtak.documentNumber, allowed: allowedVerbs(actor, resource) });
}
