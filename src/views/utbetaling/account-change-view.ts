// An account change as the office's pages show it, with what the actor may do with it (the policy's verbs on the
// organisation's office).
import type { AccountChangeView } from '../../db/account-change-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { TAccountChangeState } from '../../domain/utbetaling/account.ts';
import type { TAccountChangeOut } from '../../domain/utbetaling/accounts-contract.ts';
import type { AccountChangeResource } from '../../domain/utbetaling/policy.ts';

export const accountChangeResource = (c: { organisationOfficeId: string | null }): AccountChangeResource => ({ type: 'account-change', officeId: c.organisationOfficeId });

export function accountChangeOut(actor: Actor, c: AccountChangeView): TAccountChangeOut {
  return {
    id: c.id,
    organisationId: c.organisationId,
    organisationName: c.organisationName,
    orgnr: c.organisationOrgnr,
    oldKontonr: c.oldKontonr,
    newKontonr: c.newKontonr,
    changedByName: c.changedByName,
    changedAt: c.changedAt.toISOString(),
    state: c.state as TAccountChangeState,
    decidedByName: c.decidedByName,
    decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
    version: c.version,
    // A decided change has nothing left to do.
    allowed: allowedVerbs(actor, accountChangeResource(c)).filter((v) => v === 'read' || c.state === 'venter'),
  };
}
