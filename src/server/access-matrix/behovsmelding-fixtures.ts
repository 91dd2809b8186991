// Behovsmelding data for the access matrix: per cell a fresh open round (rounds are unique per office × scheme ×
// year, so each office and scheme counts its own years), and applications in it — a draft filled with a complete
// application, or one submitted — for the partnership the cell is about, in a round of its office and scheme.
// Made through the use cases, as an admin.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound } from '../../db/schema/behovsmelding.ts';
import { findField } from '../../db/behovsmelding-field-repository.ts';
import { findFrame } from '../../db/forum-frame-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { completeValues } from '../../test/behovsmelding-fixture.ts';
import { createApplication } from '../../usecases/behovsmelding/create-application.ts';
import { createRound } from '../../usecases/behovsmelding/create-round.ts';
import { grantExtension } from '../../usecases/behovsmelding/grant-extension.ts';
import { saveField } from '../../usecases/behovsmelding/save-field.ts';
import { submitApplication } from '../../usecases/behovsmelding/submit-application.ts';
import { setBudgetFrame } from '../../usecases/forum/set-budget-frame.ts';

/** Schemes for rounds no application is made in (the round cells); applications use their partnership's scheme. */
const SCHEMES = ['dekomp', 'rekomp', 'kompetansepilot'] as const;
const COUNTIES: Record<string, string[]> = { 'troms-og-finnmark': ['55', '56'], nordland: ['18'] };
let next = 0;
const years = new Map<string, number>();
/** The years the matrix itself opened, per office and scheme: a matrix round may follow one of its own. */
const opened = new Set<string>();

/** The next free year of an office and scheme (a round's year, and its frame's, must be 2020–2100): Rekomp and the
 * competence pilot from 2060 (the POST round cells use rekomp 2020–2059, the frame cells kompetansepilot
 * 2001–2059), the others from 2020. Never a year the database has, nor the year after a round the matrix did not open
 * (the demo's rounds, whose drafts would start pre-filled from theirs; the demo's open round moves with the day it
 * was seeded, issue 12, so it may stand on any year). A matrix draft saves on top of a pre-filled one. */
async function nextYear(db: Db, officeId: string, schemeId: string): Promise<number> {
  const key = `${officeId}/${schemeId}`;
  const rows = await db
    .select({ year: behovsmeldingRound.year })
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, officeId), eq(behovsmeldingRound.schemeId, schemeId)));
  const taken = new Set(rows.map((r) => r.year));
  let year = years.get(key) ?? (schemeId === 'rekomp' || schemeId === 'kompetansepilot' ? 2060 : 2020);
  while (taken.has(year) || (taken.has(year - 1) && !opened.has(`${key}/${year - 1}`))) year += 1;
  if (year > 2100) throw new Error(`matrix: no free round year left for ${key} (up to 2100); the matrix opens too many rounds`);
  years.set(key, year + 1);
  opened.add(`${key}/${year}`);
  return year;
}

export async function openMatrixRound(db: Db, officeId: string, schemeId?: string | null) {
  const n = next++;
  const scheme = schemeId ?? SCHEMES[n % SCHEMES.length]!;
  const admin = await demoActor(db, 'admin');
  const year = await nextYear(db, officeId, scheme);
  // The frame is the office's for the scheme and year (issue 13): entered before the round, which shows it.
  const key = { officeId, schemeId: scheme, year };
  if (!(await findFrame(db, key))) await setBudgetFrame({ db, actor: admin, clock: systemClock, ...key, input: { amountKr: 1_000_000, confirmed: true, source: null } });
  return createRound({
    db,
    actor: admin,
    clock: systemClock,
    input: {
      officeId,
      schemeId: scheme,
      year,
      title: `Matriseutlysning ${n}`,
      opensAtLocal: '2020-01-01T00:00:00',
      deadlineLocal: '2099-12-31T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: (COUNTIES[officeId] ?? []).map((countyNumber, i) => ({ countyNumber, caseNumber: `2099/${20000 + n * 3 + i}` })),
    },
  });
}

/** A complete draft of the partnership's application in a fresh round of its office. */
export async function matrixDraft(db: Db, partnershipId: string) {
  const admin = await demoActor(db, 'admin');
  const p = (await findPartnership(db, partnershipId))!;
  const round = await openMatrixRound(db, p.officeId, p.schemeId);
  const app = await createApplication({ db, actor: admin, clock: systemClock, input: { roundId: round.id, partnershipId } });
  // A round the year after an earlier one starts pre-filled from it: save on top of what is there.
  for (const [key, value] of Object.entries(completeValues())) {
    const baseVersion = (await findField(db, app.id, key))?.version ?? 0;
    await saveField({ db, actor: admin, clock: systemClock, id: app.id, key, input: { value, baseVersion } });
  }
  return { round, app };
}

/** A fresh, empty draft of the partnership's application, for a delete cell to remove. One round per partnership
 * serves every such cell (the years of an office and scheme are few): each deletion frees its place for the next. */
const deleteRounds = new Map<string, Promise<{ id: string }>>();
export async function matrixEmptyDraft(db: Db, partnershipId: string) {
  const admin = await demoActor(db, 'admin');
  if (!deleteRounds.has(partnershipId))
    deleteRounds.set(partnershipId, findPartnership(db, partnershipId).then((p) => openMatrixRound(db, p!.officeId, p!.schemeId)));
  const round = await deleteRounds.get(partnershipId)!;
  const app = await createApplication({ db, actor: admin, clock: systemClock, input: { roundId: round.id, partnershipId } });
  return { round, app };
}

/** An extension for the partnership in the round, granted by the admin (a withdraw cell takes it back). */
export async function matrixExtension(db: Db, roundId: string, partnershipId: string, unique: string) {
  const admin = await demoActor(db, 'admin');
  await grantExtension({ db, actor: admin, clock: systemClock, roundId, input: { partnershipId, untilLocal: '2100-01-15T12:00:00', reason: `Matrise ${unique}` } });
}

export async function matrixSubmitted(db: Db, partnershipId: string) {
  const admin = await demoActor(db, 'admin');
  const draft = await matrixDraft(db, partnershipId);
  await submitApplication({ db, actor: admin, clock: systemClock, id: draft.app.id });
  return draft;
}

/** One kept draft and one kept submission per partnership, for the read-only cells (made once, on first use). */
const kept = new Map<string, Promise<{ draft: string; submitted: string; round: string }>>();
export function keptApplications(db: Db, partnershipId: string) {
  if (!kept.has(partnershipId))
    kept.set(
      partnershipId,
      (async () => {
        const d = await matrixDraft(db, partnershipId);
        const s = await matrixSubmitted(db, partnershipId);
        return { draft: d.app.id, submitted: s.app.id, round: d.round.id };
      })(),
    );
  return kept.get(partnershipId)!;
}

/** A multipart body with one file, as a browser sends it. */
export function multipartFile(filename: string, contentType: string, data: Buffer) {
  const boundary = `----matrise${Date.now().toString(16)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
