// Applications for the allocation's tests (issue 13, point 4), written straight into the database as a submission
// leaves them: a 'sendt' application with a snapshot of its values. The allocation reads nothing else of a
// submission, and writing it directly lets a test shape parts, years, UH and previous_id exactly as it needs.
import type { Db } from '../db/client.ts';
import { behovsmelding, behovsmeldingSubmission, budgetFrame, budgetReservation } from '../db/schema/index.ts';

export type TestPart = {
  id: string;
  otherOfficeId?: string | null;
  years: { year: number; ownerKr: number; uhKr: number; coFundingKr?: number }[];
};

/** Field values with the parts and section 6 given, and the UH institutions 5.3 names. */
export function allocationValues(parts: TestPart[], uh: { navn: string; orgnr?: string }[] = [{ navn: 'UiT' }]): Record<string, unknown> {
  const values: Record<string, unknown> = {
    parts: parts.map((p) => ({ id: p.id, name: `Del ${p.id}`, otherOfficeId: p.otherOfficeId ?? null, budgetYear: p.years[0]?.year ?? 2070 })),
    's5.uh': uh.map((u) => ({ navn: u.navn, kontaktperson: '', epost: '', orgnr: u.orgnr ?? '', kontonr: '', betalingsreferanse: '' })),
  };
  for (const p of parts)
    values[`parts.${p.id}.grantUse`] = {
      heldOverOwnerKr: null,
      heldOverUhKr: null,
      years: p.years.map((y) => ({ year: y.year, ownerKr: y.ownerKr, uhKr: y.uhKr, coFundingKr: y.coFundingKr ?? null, shares: { kartlegging: 0, planlegging: 0, gjennomforing: 100 } })),
      coordinatorJustification: { owner: null, uh: null },
    };
  return values;
}

let documentSequence = 0;

export async function submittedApplication(db: Db, input: { roundId: string; partnershipId: string; values: Record<string, unknown>; previousId?: string | null }) {
  documentSequence += 1;
  const documentNumber = `2099/${documentSequence}-1`;
  const submittedAt = new Date('2070-01-01T12:00:00Z');
  const [app] = await db
    .insert(behovsmelding)
    .values({ roundId: input.roundId, partnershipId: input.partnershipId, countyNumber: '55', status: 'sendt', previousId: input.previousId ?? null, documentNumber, submittedAt, submittedByName: 'Test' })
    .returning();
  await db.insert(behovsmeldingSubmission).values({
    applicationId: app!.id,
    sequence: 1,
    documentNumber,
    submittedAt,
    submittedByName: 'Test',
    snapshot: { applicationId: app!.id, values: input.values },
  });
  return app!;
}

export async function setFrame(db: Db, input: { officeId?: string; schemeId?: string; year: number; amountKr: number; confirmed?: boolean }) {
  // Replaces what is there (openRound sets a frame of 10 000 000 for the round's own year).
  const values = { officeId: input.officeId ?? 'troms-og-finnmark', schemeId: input.schemeId ?? 'kompetanseloftet', year: input.year, amountKr: input.amountKr, confirmed: input.confirmed ?? true };
  await db
    .insert(budgetFrame)
    .values(values)
    .onConflictDoUpdate({ target: [budgetFrame.officeId, budgetFrame.schemeId, budgetFrame.year], set: { amountKr: values.amountKr, confirmed: values.confirmed } });
}

export async function reserve(db: Db, input: { year: number; amountKr: number; sourceRoundId: string; sourceApplicationId: string; schemeId?: string }) {
  await db.insert(budgetReservation).values({ ...input, officeId: 'troms-og-finnmark', schemeId: input.schemeId ?? 'kompetanseloftet' });
}
