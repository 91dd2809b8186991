// The round as the API shows it (src/domain/behovsmelding/round-contract.ts: the contract's fields, never the row's
// bookkeeping or a column added later), with the extensions an actor may see, and as the audit log keeps it.
import { listExtensions, type ExtensionRow, type RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { allowedVerbs, can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Extension, Round, RoundDetail } from '../../domain/behovsmelding/round-contract.ts';
import { roundStatus } from '../../domain/behovsmelding/round-status.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';

/** The round as the API shows it, with its status now. */
export function roundOut(round: RoundView, clock: Clock): Round {
  return {
    id: round.id,
    officeId: round.officeId,
    officeName: round.officeName,
    schemeId: round.schemeId,
    schemeName: round.schemeName,
    year: round.year,
    title: round.title,
    opensAtLocal: round.opensAtLocal,
    deadlineLocal: round.deadlineLocal,
    status: roundStatus(round, clock.now()),
    budgetFrameKr: round.budgetFrameKr,
    guidance: round.guidance,
    longTermPlanUrl: round.longTermPlanUrl,
    coordinatorAllowed: round.coordinatorAllowed,
    caseNumbers: round.caseNumbers,
    reminderDaysBefore: round.reminderDaysBefore,
    applicationCount: round.applicationCount,
    version: round.version,
  };
}

/** An extension as the API shows it: its reason only to those who may know why (see roundDetailOut). */
export function extensionOut(
  row: Pick<ExtensionRow, 'partnershipId' | 'untilLocal' | 'reason' | 'grantedByName' | 'grantedAt'>,
  partnershipName: string,
  withReason: boolean,
): Extension {
  return {
    partnershipId: row.partnershipId,
    partnershipName,
    untilLocal: row.untilLocal,
    reason: withReason ? row.reason : null,
    grantedByName: row.grantedByName,
    grantedAt: row.grantedAt.toISOString(),
  };
}

/** The round with the extensions the actor may see. An extension is a matter between the office and one
 * partnership, and its reason is often about someone's health: the round's case officers and the partnership's own
 * people see it with its reason. The office's forum and readers, who weigh the round's applications and see which
 * came late, see that it was given but not why. Everyone else — the round itself is public — sees only the
 * extensions of their own partnerships: that another partnership got more time is none of their business. */
export async function roundDetailOut(db: DbOrTx, actor: Actor, round: RoundView, clock: Clock): Promise<RoundDetail> {
  const extensions = await listExtensions(db, round.id);
  const officeReader = can(actor, 'review', { type: 'behovsmelding-round', officeId: round.officeId });
  const visible: Extension[] = [];
  // One after another: `db` may be a transaction. A round has a handful of extensions.
  for (const { row, partnershipName } of extensions) {
    const p = await findPartnership(db, row.partnershipId);
    // Asked of the partnership's application in this round, whether or not it has been started.
    const withReason = p !== undefined && can(actor, 'read-extension-reason', { type: 'behovsmelding-application', officeId: round.officeId, partnership: partnershipResource(p) });
    if (!withReason && !officeReader) continue;
    visible.push(extensionOut(row, partnershipName, withReason));
  }
  const resource = { type: 'behovsmelding-round', officeId: round.officeId } as const;
  return {
    ...roundOut(round, clock),
    /** The verbs this actor may use on the round: the UI offers exactly these (the application list and exports
     * with `review`, the extension form with `extend`). */
    allowed: allowedVerbs(actor, resource),
    extensions: visible,
  };
}

/** What the audit log keeps of a round: its own columns. The frame is the office's (budget_frame), audited where it
 * is set. */
export function roundSnapshot(round: RoundView) {
  const { officeName: _o, schemeName: _s, applicationCount: _a, createdAt: _c, updatedAt: _u, budgetFrameKr: _f, ...rest } = round;
  return rest;
}
