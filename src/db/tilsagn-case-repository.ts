// Reads of decisions as cases (issue 14, points 4–6): one decision with its lines (and whether each recipient is paid
// out or transferred), its list's state and its letters; an application's decisions; a round's decisions for the
// office's pipeline; and the acceptance, written only while nothing was accepted. No access decisions here: the use
// cases make them (src/domain/tilsagn/policy.ts).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { organisation, recipientProfile, vedtak, vedtakBatch, vedtakLetter, vedtakLine } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type VedtakRow = typeof vedtak.$inferSelect;
export type CaseLine = {
  year: number;
  recipient: string;
  recipientOrgId: string;
  recipientName: string;
  amountKr: number;
  conditional: boolean;
  /** Paid out (utbetaling, also when the organisation has no profile) rather than transferred within the state. */
  paidOut: boolean;
};
export type CaseLetter = { language: string; state: string; pdfKey: string | null; docxKey: string | null };
export type DecisionCase = VedtakRow & { batchState: string; batchKind: string; lines: CaseLine[]; letters: CaseLetter[] };

async function linesOf(db: DbOrTx, ids: string[]): Promise<Map<string, CaseLine[]>> {
  const out = new Map<string, CaseLine[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      vedtakId: vedtakLine.vedtakId,
      year: vedtakLine.year,
      recipient: vedtakLine.recipient,
      recipientOrgId: vedtakLine.recipientOrgId,
      recipientName: organisation.name,
      amountKr: vedtakLine.amountKr,
      conditional: vedtakLine.conditional,
      receipt: recipientProfile.receipt,
    })
    .from(vedtakLine)
    .innerJoin(organisation, eq(organisation.id, vedtakLine.recipientOrgId))
    .leftJoin(recipientProfile, eq(recipientProfile.organisationId, vedtakLine.recipientOrgId))
    .where(inArray(vedtakLine.vedtakId, ids))
    // The owner's share first, then the UH by name, year by year.
    .orderBy(asc(vedtakLine.year), sql`${vedtakLine.recipient} = 'uh'`, asc(organisation.name));
  for (const { vedtakId, receipt, ...line } of rows) {
    const list = out.get(vedtakId) ?? [];
    list.push({ ...line, paidOut: receipt !== 'statlig-overforing' });
    out.set(vedtakId, list);
  }
  return out;
}

async function lettersOf(db: DbOrTx, ids: string[]): Promise<Map<string, CaseLetter[]>> {
  const out = new Map<string, CaseLetter[]>();
  if (ids.length === 0) return out;
  const rows = await db.select().from(vedtakLetter).where(inArray(vedtakLetter.vedtakId, ids)).orderBy(asc(vedtakLetter.createdAt));
  for (const r of rows) {
    const list = out.get(r.vedtakId) ?? [];
    list.push({ language: r.language, state: r.state, pdfKey: r.pdfKey, docxKey: r.docxKey });
    out.set(r.vedtakId, list);
  }
  return out;
}

async function withDetails(db: DbOrTx, rows: (VedtakRow & { batchState: string; batchKind: string })[]): Promise<DecisionCase[]> {
  const ids = rows.map((r) => r.id);
  const [lines, letters] = await Promise.all([linesOf(db, ids), lettersOf(db, ids)]);
  return rows.map((r) => ({ ...r, lines: lines.get(r.id) ?? [], letters: letters.get(r.id) ?? [] }));
}

const caseColumns = { batchState: vedtakBatch.state, batchKind: vedtakBatch.kind };

/** One decision; `lock` 'update' holds it for the acceptance or a klage's change. */
export async function findDecisionCase(db: DbOrTx, id: string, lock?: 'update'): Promise<DecisionCase | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db
    .select({ v: vedtak, ...caseColumns })
    .from(vedtak)
    .innerJoin(vedtakBatch, eq(vedtakBatch.id, vedtak.batchId))
    .where(eq(vedtak.id, id));
  const [row] = lock ? await query.for('update', { of: vedtak }) : await query;
  if (!row) return undefined;
  const [found] = await withDetails(db, [{ ...row.v, batchState: row.batchState, batchKind: row.batchKind }]);
  return found;
}

/** Every decision on an application, the first one first. */
export async function listApplicationDecisions(db: DbOrTx, applicationId: string): Promise<DecisionCase[]> {
  if (!isUuid(applicationId)) return [];
  const rows = await db
    .select({ v: vedtak, ...caseColumns })
    .from(vedtak)
    .innerJoin(vedtakBatch, eq(vedtakBatch.id, vedtak.batchId))
    .where(eq(vedtak.applicationId, applicationId))
    .orderBy(asc(vedtak.createdAt), asc(vedtak.id));
  return withDetails(db, rows.map((r) => ({ ...r.v, batchState: r.batchState, batchKind: r.batchKind })));
}

/** Every decision of a round (any list), the first ones first. */
export async function listRoundDecisions(db: DbOrTx, roundId: string): Promise<DecisionCase[]> {
  if (!isUuid(roundId)) return [];
  const rows = await db
    .select({ v: vedtak, ...caseColumns })
    .from(vedtak)
    .innerJoin(vedtakBatch, eq(vedtakBatch.id, vedtak.batchId))
    .where(eq(vedtak.roundId, roundId))
    .orderBy(asc(vedtak.createdAt), asc(vedtak.id));
  return withDetails(db, rows.map((r) => ({ ...r.v, batchState: r.batchState, batchKind: r.batchKind })));
}

/** Records the acceptance if none is recorded; undefined when one was (a second click, another coordinator). */
export async function recordAcceptance(tx: DbOrTx, input: { id: string; at: Date; userId: string | null; name: string }) {
  const [updated] = await tx
    .update(vedtak)
    .set({ acceptedAt: input.at, acceptedByUserId: input.userId, acceptedByName: input.name, version: sql`${vedtak.version} + 1`, updatedAt: input.at })
    .where(and(eq(vedtak.id, input.id), isNull(vedtak.acceptedAt)))
    .returning();
  return updated;
}
