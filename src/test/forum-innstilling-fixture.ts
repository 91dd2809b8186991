// Rows for the innstilling's tests (issue 13, point 5–6), written straight into the tables: a round with submitted
// applications, forum members, a meeting with attendance, agenda items and recusals, and a chosen allocation
// scenario. Other helpers build the use cases that make these rows; the innstilling only reads them, so its tests do
// not wait for those.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  allocationApplication,
  allocationLine,
  allocationScenario,
  behovsmelding,
  behovsmeldingField,
  behovsmeldingRound,
  forumAgendaItem,
  forumAttendance,
  forumMeeting,
  forumMember,
  forumRecusal,
  forumSetting,
  person,
} from '../db/schema/index.ts';

export const OFFICE = 'troms-og-finnmark';
export const SCHEME = 'kompetanseloftet';

/** A round of the office, open long ago, its deadline passed: applications are weighed. */
export async function insertRound(db: Db, year: number) {
  const [round] = await db
    .insert(behovsmeldingRound)
    .values({ officeId: OFFICE, schemeId: SCHEME, year, title: `Behovsmeldinger ${year}`, opensAtLocal: `${year - 1}-09-01T08:00:00`, deadlineLocal: `${year - 1}-12-01T23:59:59` })
    .returning();
  return round!;
}

/** A submitted application asking `ownerKr` + `uhKr` in the round's year (section 6), with 3 municipal schools. */
export async function insertApplication(
  db: Db,
  input: { roundId: string; partnershipId: string; year: number; ownerKr: number; uhKr: number; previousId?: string | null; status?: 'sendt' | 'utkast' },
) {
  const [app] = await db
    .insert(behovsmelding)
    .values({ roundId: input.roundId, partnershipId: input.partnershipId, countyNumber: '55', status: input.status ?? 'sendt', previousId: input.previousId ?? null, submittedAt: new Date(`${input.year - 1}-11-20T12:00:00Z`) })
    .returning();
  const fields: Record<string, unknown> = {
    parts: [{ id: 'hoved', name: 'Hoveddel', otherOfficeId: null, budgetYear: input.year }],
    'parts.hoved.unitCounts': { kommunaleGrunnskoler: { total: 3, byMunicipality: [] } },
    'parts.hoved.grantUse': {
      heldOverOwnerKr: null,
      heldOverUhKr: null,
      years: [{ year: input.year, ownerKr: input.ownerKr, uhKr: input.uhKr, shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 } }],
      coordinatorJustification: { owner: null, uh: null },
    },
  };
  for (const [key, value] of Object.entries(fields))
    await db.insert(behovsmeldingField).values({ applicationId: app!.id, key, value, version: 1, changeId: 0, updatedByName: 'Test' });
  return app!;
}

/** A serving member for a person (by e-mail), representing the person's organisation. */
export async function insertMember(db: Db, email: string, officeId = OFFICE) {
  const [p] = await db.select().from(person).where(eq(person.email, email));
  if (!p) throw new Error(`no person ${email}`);
  const [m] = await db
    .insert(forumMember)
    .values({ officeId, personId: p.id, organisationId: p.organisationId, category: 'arbeidstakerorganisasjon', termFrom: '2000-01-01' })
    .returning();
  return m!;
}

export async function insertMeeting(db: Db, input: { roundId: string; startsAtLocal: string; present: readonly string[]; absent?: readonly string[]; quorum?: number }) {
  const [meeting] = await db.insert(forumMeeting).values({ officeId: OFFICE, roundId: input.roundId, title: 'Forumsmøte', startsAtLocal: input.startsAtLocal, location: 'Tromsø' }).returning();
  for (const memberId of input.present) await db.insert(forumAttendance).values({ meetingId: meeting!.id, memberId, present: true });
  for (const memberId of input.absent ?? []) await db.insert(forumAttendance).values({ meetingId: meeting!.id, memberId, present: false });
  await db
    .insert(forumSetting)
    .values({ officeId: OFFICE, quorum: input.quorum ?? 1 })
    .onConflictDoUpdate({ target: forumSetting.officeId, set: { quorum: input.quorum ?? 1 } });
  return meeting!;
}

export async function insertItem(db: Db, input: { meetingId: string; position: number; applicationId: string; title: string; assessment?: string }) {
  const [item] = await db
    .insert(forumAgendaItem)
    .values({ meetingId: input.meetingId, position: input.position, kind: 'application', applicationId: input.applicationId, title: input.title, assessment: input.assessment ?? null })
    .returning();
  return item!;
}

export async function insertRecusal(db: Db, input: { itemId: string; memberId: string; reason: string; decision?: 'pending' | 'confirmed' | 'rejected' }) {
  await db.insert(forumRecusal).values({ itemId: input.itemId, memberId: input.memberId, source: 'proposed', reason: input.reason, decision: input.decision ?? 'confirmed', decidedAt: new Date() });
}

export type ScenarioLine = { applicationId: string; year: number; recipient: 'owner' | 'uh'; recipientOrgId?: string; amountKr: number };

/** A scenario, chosen unless told, with priorities/reasons per application and its lines. */
export async function insertScenario(
  db: Db,
  input: { roundId: string; name?: string; chosen?: boolean; applications: { applicationId: string; priority: number | null; reason?: string | null }[]; lines: ScenarioLine[] },
) {
  const [scenario] = await db
    .insert(allocationScenario)
    .values({ roundId: input.roundId, name: input.name ?? 'Forslag', chosen: input.chosen ?? true, createdByName: 'Siri Saksbehandler' })
    .returning();
  for (const a of input.applications)
    await db.insert(allocationApplication).values({ scenarioId: scenario!.id, applicationId: a.applicationId, priority: a.priority, reason: a.reason ?? null });
  for (const l of input.lines)
    await db
      .insert(allocationLine)
      .values({ scenarioId: scenario!.id, applicationId: l.applicationId, partKey: 'hoved', year: l.year, recipient: l.recipient, recipientOrgId: l.recipientOrgId ?? '', amountKr: l.amountKr });
  return scenario!;
}
