// Samarbeidsforum rows for use-case tests (issue 13), written straight into the tables: a round with a submitted
// application, a meeting with its item, members (with deputies), attendance and recusals. Made directly rather than
// through the members' and meetings' use cases, so a test of the review does not depend on how those are built.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
  behovsmelding,
  behovsmeldingRound,
  forumAgendaItem,
  forumAttendance,
  forumMeeting,
  forumMember,
  forumRecusal,
  organisation,
  partnership,
  person,
} from '../db/schema/index.ts';
import type { Actor } from '../domain/access/roles.ts';

let sequence = 0;

/** A forum member as a test acts: the person's actor holds the `forum` role for the office, as membership grants. */
export function forumActor(p: { id: string; name: string; organisationId: string }, officeId: string): Actor {
  return { userId: null, personId: p.id, name: p.name, organisationId: p.organisationId, grants: [{ role: 'forum', officeId, organisationId: null }] };
}

async function organisationByName(db: DbOrTx, name: string) {
  const [org] = await db.select().from(organisation).where(eq(organisation.name, name));
  if (!org) throw new Error(`fixture: no organisation ${name}`);
  return org;
}

async function newPerson(db: DbOrTx, name: string, organisationId: string) {
  const [p] = await db
    .insert(person)
    .values({ name, email: `forum.${++sequence}@example.org`, organisationId })
    .returning();
  return p!;
}

/** A round (far in the future, so no demo round clashes), a submitted application in it, and a meeting weighing it
 * with the application's item. */
export async function forumRound(db: DbOrTx, options: { officeId?: string; longTermPlanUrl?: string | null } = {}) {
  const officeId = options.officeId ?? 'troms-og-finnmark';
  const year = 2400 + ++sequence;
  const [round] = await db
    .insert(behovsmeldingRound)
    .values({
      officeId,
      schemeId: 'kompetanseloftet',
      year,
      title: `Behovsmeldinger ${year} (forumtest)`,
      opensAtLocal: `${year - 1}-09-01T08:00:00`,
      deadlineLocal: `${year - 1}-12-01T23:59:59`,
      longTermPlanUrl: options.longTermPlanUrl === undefined ? 'https://example.org/langsiktig-plan' : options.longTermPlanUrl,
    })
    .returning();
  const [p] = await db.select().from(partnership).where(eq(partnership.officeId, officeId)).limit(1);
  if (!p) throw new Error(`fixture: no partnership at ${officeId}`);
  const [app] = await db
    .insert(behovsmelding)
    .values({ roundId: round!.id, partnershipId: p.id, countyNumber: '55', status: 'sendt', submittedAt: new Date(`${year - 1}-11-20T12:00:00Z`) })
    .returning();
  const [meeting] = await db
    .insert(forumMeeting)
    .values({ officeId, roundId: round!.id, title: `Forumsmøte ${year}`, startsAtLocal: `${year}-01-15T10:00:00`, location: 'Tromsø' })
    .returning();
  const itemId = await addItem(db, meeting!.id, app!.id);
  return { officeId, roundId: round!.id, applicationId: app!.id, meetingId: meeting!.id, itemId };
}

/** Another application item on the meeting (same application). */
export async function addItem(db: DbOrTx, meetingId: string, applicationId: string) {
  const [item] = await db
    .insert(forumAgendaItem)
    .values({ meetingId, position: ++sequence, kind: 'application', applicationId, title: 'Behovsmelding (forumtest)' })
    .returning();
  return item!.id;
}

/** A topic item (no application) on the meeting. */
export async function addTopicItem(db: DbOrTx, meetingId: string) {
  const [item] = await db.insert(forumAgendaItem).values({ meetingId, position: ++sequence, kind: 'topic', title: 'Orientering' }).returning();
  return item!.id;
}

/** A serving member of the office's forum (term from 2000, no end), optionally with a deputy. */
export async function addMember(db: DbOrTx, input: { officeId: string; name: string; organisation: string; deputyName?: string }) {
  const org = await organisationByName(db, input.organisation);
  const p = await newPerson(db, input.name, org.id);
  const deputy = input.deputyName ? await newPerson(db, input.deputyName, org.id) : undefined;
  const [member] = await db
    .insert(forumMember)
    .values({ officeId: input.officeId, personId: p.id, organisationId: org.id, category: 'uh', deputyPersonId: deputy?.id ?? null, termFrom: '2000-01-01' })
    .returning();
  return {
    memberId: member!.id,
    personId: p.id,
    actor: forumActor(p, input.officeId),
    deputy: deputy ? { personId: deputy.id, actor: forumActor(deputy, input.officeId) } : undefined,
  };
}

export async function recuse(db: DbOrTx, itemId: string, memberId: string, options: { decision?: 'pending' | 'confirmed' | 'rejected'; deputyStepsIn?: boolean } = {}) {
  await db.insert(forumRecusal).values({
    itemId,
    memberId,
    source: 'proposed',
    reason: 'Organisasjonen er part i behovsmeldingen',
    decision: options.decision ?? 'confirmed',
    deputyStepsIn: options.deputyStepsIn ?? false,
  });
}

export async function attend(db: DbOrTx, meetingId: string, memberId: string, options: { present?: boolean; byDeputy?: boolean } = {}) {
  await db.insert(forumAttendance).values({ meetingId, memberId, present: options.present ?? true, byDeputy: options.byDeputy ?? false });
}

/** Marks the item decided by consensus, as the secretariat records an adoption. */
export async function decideItem(db: DbOrTx, itemId: string) {
  await db
    .update(forumAgendaItem)
    .set({ decisionKind: 'consensus', decisionText: 'Innstilt', decidedAt: new Date('2030-01-15T12:00:00Z') })
    .where(eq(forumAgendaItem.id, itemId));
}
