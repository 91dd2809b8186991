// Account changes waiting to reach money (issue 15 point 1, ADR 027): opened when an organisation with payment lines
// changes its register account, moved on when it changes again before a case officer decides, confirmed or rejected.
// No access decisions here: the use cases make them (src/domain/utbetaling/policy.ts).
import { and, desc, eq, exists, gte, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { accountChange, organisation, paymentLine } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type AccountChangeRow = typeof accountChange.$inferSelect;
export type AccountChangeView = AccountChangeRow & { organisationName: string; organisationOrgnr: string | null; organisationOfficeId: string | null };

const viewColumns = { change: accountChange, organisationName: organisation.name, organisationOrgnr: organisation.orgnr, organisationOfficeId: organisation.officeId };
const toView = (r: { change: AccountChangeRow; organisationName: string; organisationOrgnr: string | null; organisationOfficeId: string | null }): AccountChangeView => ({
  ...r.change,
  organisationName: r.organisationName,
  organisationOrgnr: r.organisationOrgnr,
  organisationOfficeId: r.organisationOfficeId,
});

/** The latest change first: a waiting one (at most one waits per organisation, and none opens while it does), then
 * by when it was made and decided. */
const LATEST_FIRST = [sql`${accountChange.state} = 'venter' desc`, desc(accountChange.changedAt), sql`${accountChange.decidedAt} desc nulls first`];

/** This organisation's latest change, if any (locked when asked: an edit opens or moves one). */
export async function findLatestChange(db: DbOrTx, organisationId: string, lock?: 'update'): Promise<AccountChangeRow | undefined> {
  const query = db.select().from(accountChange).where(eq(accountChange.organisationId, organisationId)).orderBy(...LATEST_FIRST).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The latest change of each of these organisations (the approved account follows it: account.ts). */
export async function latestChangesOf(db: DbOrTx, organisationIds: readonly string[]): Promise<Map<string, AccountChangeRow>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(accountChange)
    .where(inArray(accountChange.organisationId, [...new Set(organisationIds)]))
    .orderBy(...LATEST_FIRST);
  // Latest first: the first one seen for an organisation is its latest.
  const out = new Map<string, AccountChangeRow>();
  for (const r of rows) if (!out.has(r.organisationId)) out.set(r.organisationId, r);
  return out;
}

export async function insertAccountChange(tx: DbOrTx, values: typeof accountChange.$inferInsert): Promise<AccountChangeRow> {
  const [row] = await tx.insert(accountChange).values(values).returning();
  return row!;
}

/** A waiting change moves on to the newest account (the old one stays the one the office last let through). */
export async function moveAccountChange(tx: DbOrTx, input: { id: string; newKontonr: string | null; userId: string | null; name: string; at: Date }) {
  const [row] = await tx
    .update(accountChange)
    .set({ newKontonr: input.newKontonr, changedByUserId: input.userId, changedByName: input.name, changedAt: input.at, version: sql`${accountChange.version} + 1` })
    .where(and(eq(accountChange.id, input.id), eq(accountChange.state, 'venter')))
    .returning();
  return row;
}

export async function findAccountChange(db: DbOrTx, id: string, lock?: 'update'): Promise<AccountChangeView | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select(viewColumns).from(accountChange).innerJoin(organisation, eq(organisation.id, accountChange.organisationId)).where(eq(accountChange.id, id));
  const [row] = lock ? await query.for('update', { of: accountChange }) : await query;
  return row ? toView(row) : undefined;
}

/** Decides a waiting change; undefined when it was decided (or changed) meanwhile. */
export async function decideAccountChange(tx: DbOrTx, input: { id: string; expectedVersion: number; state: 'bekreftet' | 'avvist'; userId: string | null; name: string; at: Date }) {
  const [row] = await tx
    .update(accountChange)
    .set({ state: input.state, decidedByUserId: input.userId, decidedByName: input.name, decidedAt: input.at, version: sql`${accountChange.version} + 1` })
    .where(and(eq(accountChange.id, input.id), eq(accountChange.state, 'venter'), eq(accountChange.version, input.expectedVersion)))
    .returning();
  return row;
}

/**
 * An office's changes: those of organisations in its area or paid by its plan lines — every waiting one, and those
 * decided since `decidedSince` — the waiting first, the newest first.
 */
export async function listAccountChanges(db: DbOrTx, input: { officeId: string; decidedSince: Date }): Promise<AccountChangeView[]> {
  const paidByOffice = exists(
    db
      .select({ one: sql`1` })
      .from(paymentLine)
      .where(and(eq(paymentLine.recipientOrgId, accountChange.organisationId), eq(paymentLine.officeId, input.officeId))),
  );
  const rows = await db
    .select(viewColumns)
    .from(accountChange)
    .innerJoin(organisation, eq(organisation.id, accountChange.organisationId))
    .where(and(or(eq(organisation.officeId, input.officeId), paidByOffice), or(eq(accountChange.state, 'venter'), gte(accountChange.decidedAt, input.decidedSince))))
    .orderBy(sql`${accountChange.state} = 'venter' desc`, desc(accountChange.changedAt));
  return rows.map(toView);
}
