// The demo's samarbeidsforum for Statsforvalteren i Troms og Finnmark (issue 13): six members across Udir's
// categories, each with a deputy (vara), appointed by the case officer through the use case (so the `forum` role of
// those with a user is granted as it would be). Frode Myrvang, the demo user with the `forum` role, holds
// Utdanningsforbundet's seat, so a newcomer logging in as him meets the forum as a member.
//
// The other members and all deputies are fictional people (example.org) without users: they act in the demo's
// history (reviews, the recusal) but nobody logs in as them. Their term runs to the end of the year after the seed
// day (so they serve at both of the demo's meetings), Frode's until further notice: the tests that build a forum of
// their own in later years (and the access matrix, which seats Frode) meet only him there. The municipal offentlig
// eier seat is held by an owner that takes no part in the demo's applications, so the recusals the demo shows are
// the UiT member's where UiT is the UH (as the "Must show" has it: confirmed on the 2024 Sør-Troms
// application; in the current Dekomp round confirmed on one item, proposed on the others) and the fylkeskommune
// member's on Troms fylkeskommune's own Dekomp application (proposed).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appUser, organisation, person } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { TForumCategory } from '../../domain/forum/member.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { appointForumMember } from '../../usecases/forum/appoint-forum-member.ts';

export const FORUM_OFFICE = 'troms-og-finnmark';
/** Appointed for the period that began before the 2024 round's meeting. */
export const TERM_FROM = '2023-01-01';

type PersonSpec = { name: string; email: string; title: string };
type SeatSpec = {
  key: TSeatKey;
  /** The organisation's name as the demo (or the UH reference sync) stores it. */
  organisation: string;
  category: TForumCategory;
  /** A fictional person, or the demo user by e-mail. */
  member: PersonSpec | { email: string };
  deputy: PersonSpec & { organisation?: string };
};

export type TSeatKey = 'offentlig-eier' | 'fylkeskommune' | 'pbl' | 'uit' | 'ks' | 'udf';

const SEATS: SeatSpec[] = [
  {
    key: 'offentlig-eier',
    organisation: 'Sør-Varanger kommune',
    category: 'offentlig-eier',
    member: { name: 'Randi Karlsen', email: 'randi.karlsen@example.org', title: 'Kommunalsjef oppvekst og kultur' },
    deputy: { name: 'Jon Olav Nilsen', email: 'jon.olav.nilsen@example.org', title: 'Regionkoordinator', organisation: 'Nord-Troms regionråd' },
  },
  {
    key: 'fylkeskommune',
    organisation: 'Troms fylkeskommune',
    category: 'offentlig-eier',
    member: { name: 'Torbjørn Eide', email: 'torbjorn.eide@example.org', title: 'Seksjonsleder opplæring' },
    deputy: { name: 'Lene Birkeland', email: 'lene.birkeland@example.org', title: 'Rådgiver' },
  },
  {
    key: 'pbl',
    organisation: 'PBL (Private Barnehagers Landsforbund)',
    category: 'pbl',
    member: { name: 'Kari Lund', email: 'kari.lund@example.org', title: 'Regionleder Nord' },
    deputy: { name: 'Stian Pedersen', email: 'stian.pedersen@example.org', title: 'Rådgiver' },
  },
  {
    key: 'uit',
    organisation: 'UiT Norges arktiske universitet',
    category: 'uh',
    member: { name: 'Berit Johansen', email: 'berit.johansen@example.org', title: 'Instituttleder, lærerutdanning og pedagogikk' },
    // A deputy from another UH, so the seat can be filled when UiT takes part in an application.
    deputy: { name: 'Inger Johanne Balto', email: 'inger.johanne.balto@example.org', title: 'Førsteamanuensis', organisation: 'Sámi allaskuvla / Samisk høgskole' },
  },
  {
    key: 'ks',
    organisation: 'KS Nord-Norge',
    category: 'ks',
    member: { name: 'Ingvild Berg', email: 'ingvild.berg@example.org', title: 'Spesialrådgiver' },
    deputy: { name: 'Svein Are Olsen', email: 'svein.are.olsen@example.org', title: 'Rådgiver' },
  },
  {
    key: 'udf',
    organisation: 'Utdanningsforbundet Troms',
    category: 'arbeidstakerorganisasjon',
    member: { email: 'frode.forum@example.org' },
    deputy: { name: 'Hilde Strøm', email: 'hilde.strom@example.org', title: 'Fylkesstyremedlem' },
  },
];

export type TDemoSeat = { memberId: string; personId: string; deputyPersonId: string; name: string; deputyName: string; organisationId: string };
export type TDemoForum = Record<TSeatKey, TDemoSeat>;

async function organisationId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  if (!row) throw new Error(`demo forum: no organisation ${name}`);
  return row.id;
}

/** The person by e-mail if the demo has them, else a new fictional person of the organisation. */
async function personFor(db: Db, spec: PersonSpec | { email: string }, orgId: string): Promise<{ id: string; name: string }> {
  const [known] = await db.select().from(person).where(eq(person.email, spec.email));
  if (known) return known;
  if (!('name' in spec)) throw new Error(`demo forum: no person ${spec.email}`);
  const [row] = await db.insert(person).values({ name: spec.name, email: spec.email, title: spec.title, organisationId: orgId }).returning();
  return row!;
}

/** Appoints the six members (with deputies) as the case officer on `clock`'s day; `termTo` ends the fictional
 * members' term (local date). */
export async function appointDemoForum(db: Db, siri: Actor, clock: Clock, termTo: string): Promise<TDemoForum> {
  const forum = {} as TDemoForum;
  for (const seat of SEATS) {
    const orgId = await organisationId(db, seat.organisation);
    const member = await personFor(db, seat.member, orgId);
    const deputy = await personFor(db, seat.deputy, await organisationId(db, seat.deputy.organisation ?? seat.organisation));
    const appointed = await appointForumMember({
      db,
      actor: siri,
      clock,
      officeId: FORUM_OFFICE,
      input: { personId: member.id, organisationId: orgId, category: seat.category, deputyPersonId: deputy.id, termFrom: TERM_FROM, termTo: 'name' in seat.member ? termTo : null },
    });
    forum[seat.key] = { memberId: appointed.id, personId: member.id, deputyPersonId: deputy.id, name: member.name, deputyName: deputy.name, organisationId: orgId };
  }
  return forum;
}

/**
 * Who acts in a seat in the demo's history: the person's user when they have one (Frode), else the person as an
 * actor without a user — the fictional members do their part (a review) through the same use cases and policy, and
 * the audit names them, but nobody can log in as them.
 */
export async function seatActor(db: Db, personId: string): Promise<Actor> {
  const [user] = await db.select().from(appUser).where(eq(appUser.personId, personId));
  const actor = user ? await loadActor(db, user.id) : null;
  if (actor) return actor;
  const [p] = await db.select().from(person).where(eq(person.id, personId));
  if (!p) throw new Error(`demo forum: no person ${personId}`);
  return { userId: null, personId: p.id, name: p.name, organisationId: p.organisationId, grants: [] };
}
