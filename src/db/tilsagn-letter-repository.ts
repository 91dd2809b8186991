// Reads and writes of issuing decision letters (issue 14, point 3): an approval list and its decisions as the issue
// numbers them, the recipients' profiles and the office's settings the letters follow, the letter rows the render
// job fills, and the archive's journalpost number. No access decisions here: the use cases make them.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import {
  behovsmelding,
  behovsmeldingRound,
  organisation,
  partnership,
  recipientProfile,
  tilsagnSetting,
  vedtak,
  vedtakBatch,
  vedtakLetter,
  vedtakLine,
} from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type VedtakBatchRow = typeof vedtakBatch.$inferSelect;
export type VedtakRow = typeof vedtak.$inferSelect;
export type VedtakLetterRow = typeof vedtakLetter.$inferSelect;

/** The list, locked for the issue: two issues of the same list wait for each other, and the second finds it issued. */
export async function lockBatch(tx: DbOrTx, id: string): Promise<VedtakBatchRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(vedtakBatch).where(eq(vedtakBatch.id, id)).for('update');
  return row;
}

export async function findBatchRow(db: DbOrTx, id: string): Promise<VedtakBatchRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(vedtakBatch).where(eq(vedtakBatch.id, id));
  return row;
}

/** A list's decisions with their application's county and partnership, in a stable order (the partnership's name),
 * so the letters of a round are numbered in the order they are listed. */
export async function listBatchDecisions(db: DbOrTx, batchId: string) {
  return db
    .select({ vedtak, countyNumber: behovsmelding.countyNumber, partnershipId: partnership.id, partnershipName: partnership.name, applicantId: partnership.applicantId })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(eq(vedtak.batchId, batchId))
    .orderBy(asc(partnership.name), asc(vedtak.createdAt), asc(vedtak.id));
}

export async function findVedtak(db: DbOrTx, id: string): Promise<VedtakRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(vedtak).where(eq(vedtak.id, id));
  return row;
}

/** A decision's lines with the recipient's name, by year, owner before UH. */
export async function listVedtakLines(db: DbOrTx, vedtakIds: string[]) {
  if (vedtakIds.length === 0) return [];
  return db
    .select({ line: vedtakLine, recipientName: organisation.name })
    .from(vedtakLine)
    .innerJoin(organisation, eq(organisation.id, vedtakLine.recipientOrgId))
    .where(inArray(vedtakLine.vedtakId, vedtakIds))
    .orderBy(asc(vedtakLine.year), asc(vedtakLine.recipient), asc(organisation.name));
}

export async function listRecipientProfiles(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db.select().from(recipientProfile).where(inArray(recipientProfile.organisationId, [...new Set(organisationIds)]));
}

export async function findTilsagnSettingRow(db: DbOrTx, officeId: string) {
  const [row] = await db.select().from(tilsagnSetting).where(eq(tilsagnSetting.officeId, officeId));
  return row;
}

/** Numbers and dates one decision at issue. */
export async function markVedtakIssued(
  tx: DbOrTx,
  v: { id: string; documentNumber: string; language: string; samiLanguage: string | null; issuedAt: Date; acceptanceDueLocal: string | null },
) {
  await tx
    .update(vedtak)
    .set({ documentNumber: v.documentNumber, language: v.language, samiLanguage: v.samiLanguage, issuedAt: v.issuedAt, acceptanceDueLocal: v.acceptanceDueLocal, updatedAt: v.issuedAt })
    .where(eq(vedtak.id, v.id));
}

export async function markBatchIssued(tx: DbOrTx, v: { id: string; issuedAt: Date; issuedByName: string }) {
  const [row] = await tx
    .update(vedtakBatch)
    .set({ state: 'utstedt', issuedAt: v.issuedAt, issuedByName: v.issuedByName, updatedAt: v.issuedAt, version: sql`${vedtakBatch.version} + 1` })
    .where(eq(vedtakBatch.id, v.id))
    .returning();
  return row!;
}

export async function insertLetters(tx: DbOrTx, rows: { vedtakId: string; language: string }[]) {
  if (rows.length) await tx.insert(vedtakLetter).values(rows.map((r) => ({ ...r, state: 'venter' })));
}

export async function findLetter(db: DbOrTx, vedtakId: string, language: string): Promise<VedtakLetterRow | undefined> {
  const [row] = await db
    .select()
    .from(vedtakLetter)
    .where(and(eq(vedtakLetter.vedtakId, vedtakId), eq(vedtakLetter.language, language)));
  return row;
}

export async function markLetterReady(db: DbOrTx, v: { vedtakId: string; language: string; pdfKey: string; docxKey: string; at: Date }) {
  await db
    .update(vedtakLetter)
    .set({ state: 'klar', pdfKey: v.pdfKey, docxKey: v.docxKey, renderedAt: v.at })
    .where(and(eq(vedtakLetter.vedtakId, v.vedtakId), eq(vedtakLetter.language, v.language)));
}

export async function markLetterFailed(db: DbOrTx, v: { vedtakId: string; language: string }) {
  await db
    .update(vedtakLetter)
    .set({ state: 'feilet' })
    .where(and(eq(vedtakLetter.vedtakId, v.vedtakId), eq(vedtakLetter.language, v.language)));
}

const numberKey = (documentNumber: string | null) => (documentNumber ?? '').replace(/-(\d+)$/, (_, m: string) => `-${m.padStart(9, '0')}`);

/** A round's issued decisions (numbered), with partnership, addressee and their letters' files, in number order. */
export async function listIssuedDecisionsOfRound(db: DbOrTx, roundId: string) {
  const rows = await db
    .select({
      vedtak,
      partnershipId: partnership.id,
      partnershipName: partnership.name,
      addresseeName: organisation.name,
      officeId: behovsmeldingRound.officeId,
    })
    .from(vedtak)
    .innerJoin(behovsmelding, eq(behovsmelding.id, vedtak.applicationId))
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(organisation, eq(organisation.id, partnership.applicantId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, vedtak.roundId))
    .where(and(eq(vedtak.roundId, roundId), isNotNull(vedtak.documentNumber)))
    .orderBy(asc(vedtak.issuedAt));
  // By case, then document sequence as a number (as text, -10 would sort before -2).
  rows.sort((a, b) => numberKey(a.vedtak.documentNumber).localeCompare(numberKey(b.vedtak.documentNumber)));
  const letters = rows.length
    ? await db
        .select()
        .from(vedtakLetter)
        .where(inArray(vedtakLetter.vedtakId, rows.map((r) => r.vedtak.id)))
        .orderBy(asc(vedtakLetter.createdAt), asc(vedtakLetter.language))
    : [];
  return rows.map((r) => ({ ...r, letters: letters.filter((l) => l.vedtakId === r.vedtak.id) }));
}

export async function setArchiveNumber(tx: DbOrTx, v: { id: string; archiveNumber: string | null; at: Date }) {
  await tx.update(vedtak).set({ archiveNumber: v.archiveNumber, updatedAt: v.at }).where(eq(vedtak.id, v.id));
}

/** Per round: the states of its approval lists (a round's 'vedtak' list, and any 'endringsvedtak' lists). */
export async function roundBatchStates(db: DbOrTx, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select({ roundId: vedtakBatch.roundId, kind: vedtakBatch.kind, state: vedtakBatch.state })
    .from(vedtakBatch)
    .where(inArray(vedtakBatch.roundId, roundIds))
    .orderBy(asc(vedtakBatch.createdAt));
}
