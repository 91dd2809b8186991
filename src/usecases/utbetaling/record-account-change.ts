// The utbetaling module's part of an organisation edit (issue 15 point 1, ADR 027): when the register's account of an
// organisation with payment lines changes, a change waiting for a case officer is opened (from the approved account)
// or, when one already waits, moved on to the newest account. Called inside the edit's transaction by
// update-organisation.ts, which has asked the org policy; the money's own rules are account.ts's. Answers what it
// recorded, for the edit's audit row (one act, one row), or null when the money is not touched.
import { findLatestChange, insertAccountChange, moveAccountChange } from '../../db/account-change-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { hasPaymentLines } from '../../db/payment-line-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { accountChangeFor, sameKontonr } from '../../domain/utbetaling/account.ts';

export async function recordAccountChange(
  tx: DbOrTx,
  input: { actor: Actor; organisationId: string; before: string | null; after: string | null; at: Date },
): Promise<{ id: string; action: 'open' | 'move'; oldKontonr: string | null; newKontonr: string | null } | null> {
  if (sameKontonr(input.before, input.after)) return null;
  if (!(await hasPaymentLines(tx, input.organisationId))) return null;
  const latest = await findLatestChange(tx, input.organisationId, 'update');
  const step = accountChangeFor({ before: input.before, after: input.after, hasPaymentLines: true, latest: latest ?? null });
  if (step.action === 'none') return null;
  const who = { userId: input.actor.userId, name: input.actor.name, at: input.at };
  if (step.action === 'move') {
    const moved = await moveAccountChange(tx, { id: step.id, newKontonr: step.newKontonr, ...who });
    return { id: step.id, action: 'move', oldKontonr: moved?.oldKontonr ?? null, newKontonr: step.newKontonr };
  }
  const opened = await insertAccountChange(tx, {
    organisationId: input.organisationId,
    oldKontonr: step.oldKontonr,
    newKontonr: step.newKontonr,
    changedByUserId: input.actor.userId,
    changedByName: input.actor.name,
    changedAt: input.at,
  });
  return { id: opened.id, action: 'open', oldKontonr: step.oldKontonr, newKontonr: step.newKontonr };
}
