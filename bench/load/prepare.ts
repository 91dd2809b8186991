// The deadline day's data, made through the use cases in this process before the server starts, in the data dir or
// database the server then opens. The use cases' way because that is how the rows come to exist in the app: each
// organisation, partnership, editor list, application and field save is checked, versioned, numbered and audited
// as a user's would be (raw SQL would skip the audit rows, change cursors and field versions the load then reads
// and writes). Users come into being as real ones do: an invitation (invite-person) accepted at the first login
// (login-oidc-user, with a bench identity in place of the provider's answer); that login's session is what the
// simulated user sends. No CLI command creates users or partnerships, so in-process is the only way through them.
import { and, desc, eq, like } from 'drizzle-orm';
import type { Database, Db } from '../../src/db/client.ts';
import { appUser, behovsmeldingRound, organisation } from '../../src/db/schema/index.ts';
import { findField } from '../../src/db/behovsmelding-field-repository.ts';
import { loadActor } from '../../src/db/session-repository.ts';
import type { Actor } from '../../src/domain/access/roles.ts';
import { roundStatus } from '../../src/domain/behovsmelding/round-status.ts';
import { systemClock, type Clock } from '../../src/domain/shared/clock.ts';
import { prepareDatabase } from '../../src/seed/prepare-database.ts';
import { invitePerson } from '../../src/usecases/access/invite-person.ts';
import { loginOidcUser } from '../../src/usecases/access/login-oidc-user.ts';
import { createApplication } from '../../src/usecases/behovsmelding/create-application.ts';
import { getRound } from '../../src/usecases/behovsmelding/get-round.ts';
import { saveField } from '../../src/usecases/behovsmelding/save-field.ts';
import { updateRound } from '../../src/usecases/behovsmelding/update-round.ts';
import { createOrganisation } from '../../src/usecases/org/create-organisation.ts';
import { createPartnership } from '../../src/usecases/org/create-partnership.ts';
import { setPartnershipEditors } from '../../src/usecases/org/set-partnership-editors.ts';
import { completeValues } from '../../src/test/behovsmelding-fixture.ts';
import type { Session } from './http-client.ts';

const OFFICE = 'troms-og-finnmark';
const SCHEME = 'kompetanseloftet';
const ISSUER = 'https://benk.invalid';

export type BenchApplication = { id: string; editors: Session[] };
export type BenchData = { roundId: string; applications: BenchApplication[]; officers: Session[] };

async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [user] = await db.select().from(appUser).where(eq(appUser.email, email));
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new Error(`bench: no user ${email}`);
  return actor;
}

/** Invitation, then the first login that accepts it: returns the new user's actor and session. */
async function newUser(db: Db, clock: Clock, admin: Actor, input: { name: string; email: string; organisationId: string; roles: unknown[] }) {
  await invitePerson({ db, actor: admin, clock, input, publicUrl: 'http://127.0.0.1' });
  const identity = { issuer: ISSUER, subject: input.email, claims: { email: input.email, email_verified: true } };
  // A day's TTL: longer than any run, so no session expires mid-phase.
  const { token, csrfToken } = await loginOidcUser({ db, clock, identity, identifierClaim: 'email', ttlHours: 24 });
  return { actor: await actorByEmail(db, input.email), session: { cookie: token, csrfToken } };
}

/** The demo's open round (Troms og Finnmark's latest Kompetanseløftet round). The seed counts its deadline from the
 * day the data was seeded; when a kept data dir's deadline has passed, the office moves it a month ahead as a case
 * officer would (update-round), so the round is open. */
async function openDemoRound(db: Db, clock: Clock): Promise<{ id: string; year: number }> {
  const [row] = await db
    .select()
    .from(behovsmeldingRound)
    .where(and(eq(behovsmeldingRound.officeId, OFFICE), eq(behovsmeldingRound.schemeId, SCHEME)))
    .orderBy(desc(behovsmeldingRound.year))
    .limit(1);
  if (!row || row.year <= 2024) throw new Error('bench: the demo’s open round is missing');
  if (roundStatus(row, clock.now()) === 'åpen') return { id: row.id, year: row.year };
  const siri = await actorByEmail(db, 'siri.saksbehandler@example.org');
  const r = await getRound({ db, actor: siri, clock, id: row.id });
  const deadline = new Date(clock.now().getTime() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
  await updateRound({
    db,
    actor: siri,
    clock,
    id: row.id,
    input: {
      expectedVersion: r.version,
      officeId: r.officeId,
      schemeId: r.schemeId,
      year: r.year,
      title: r.title,
      budgetFrameKr: r.budgetFrameKr,
      guidance: r.guidance,
      longTermPlanUrl: r.longTermPlanUrl,
      coordinatorAllowed: r.coordinatorAllowed,
      caseNumbers: Object.entries(r.caseNumbers).map(([countyNumber, caseNumber]) => ({ countyNumber, caseNumber })),
      opensAtLocal: r.opensAtLocal,
      deadlineLocal: `${deadline}T23:59:59`,
    },
  });
  return { id: row.id, year: row.year };
}

/** A complete application for the demo's open round, so the submit near the end of a phase passes its checks. */
function applicationValues(year: number): Record<string, unknown> {
  const v = completeValues();
  const grantUse = v['parts.hoved.grantUse'] as { years: { year: number }[] };
  return {
    ...v,
    parts: [{ id: 'hoved', name: 'Hoved', otherOfficeId: null, budgetYear: year }],
    'parts.hoved.grantUse': { ...grantUse, years: grantUse.years.map((y) => ({ ...y, year })) },
  };
}

export async function prepareBenchData(database: Database, options: { applications: number; officers: number; clock?: Clock; log?: (line: string) => void }): Promise<BenchData> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  // Exactly what `serve` does on an empty database: migrations, reference data, the demo.
  await prepareDatabase(database, { demo: 'if-empty', clock });
  const db = database.db;
  const admin = await actorByEmail(db, 'ada.admin@example.org');
  const { id: roundId, year } = await openDemoRound(db, clock);
  const [uit] = await db.select().from(organisation).where(and(eq(organisation.kind, 'uh'), like(organisation.name, 'UiT%')));
  const [statsforvalter] = await db.select().from(organisation).where(and(eq(organisation.kind, 'statsforvalter'), eq(organisation.officeId, OFFICE)));
  if (!uit || !statsforvalter) throw new Error('bench: demo organisations missing');

  const applications: BenchApplication[] = [];
  const values = applicationValues(year);
  for (let i = 1; i <= options.applications; i++) {
    // Each partnership has its own applicant, so an editor's reach (lists, reads) is its own partnership only,
    // as for the many small owners of a real round.
    const owner = await createOrganisation({
      db,
      actor: admin,
      clock,
      input: { kind: 'privat-barnehageeier', name: `Benk barnehageeier ${i}`, municipalityNumber: '5501', officeId: OFFICE },
    });
    const p = await createPartnership({
      db,
      actor: admin,
      clock,
      input: {
        name: `Benkpartnerskap ${i}`,
        officeId: OFFICE,
        schemeId: SCHEME,
        applicantId: owner.id,
        payeeId: owner.id,
        members: [
          { organisationId: owner.id, role: 'owner' },
          { organisationId: uit.id, role: 'uh' },
        ],
        units: [],
      },
    });
    // 3 or 4 editors; an invitation needs a role, and the owner's coordinator role reaches only this partnership.
    const editors = [];
    for (let k = 1; k <= 3 + (i % 2); k++)
      editors.push(
        await newUser(db, clock, admin, {
          name: `Redaktør ${i}-${k}`,
          email: `benk.redaktor.${i}.${k}@example.org`,
          organisationId: owner.id,
          roles: [{ role: 'eierkoordinator', organisationId: owner.id }],
        }),
      );
    await setPartnershipEditors({ db, actor: admin, clock, id: p.id, input: { personIds: editors.map((e) => e.actor.personId!) } });
    const first = editors[0]!.actor;
    const app = await createApplication({ db, actor: first, clock, input: { roundId, partnershipId: p.id } });
    // On top of what the application starts with (create-application pre-fills from the partnership).
    for (const [key, value] of Object.entries(values)) {
      const baseVersion = (await findField(db, app.id, key))?.version ?? 0;
      await saveField({ db, actor: first, clock, id: app.id, key, input: { value, baseVersion } });
    }
    applications.push({ id: app.id, editors: editors.map((e) => e.session) });
    if (i % 10 === 0) log(`  ${i} applications ready`);
  }

  const officers: Session[] = [];
  for (let i = 1; i <= options.officers; i++) {
    const { session } = await newUser(db, clock, admin, {
      name: `Saksbehandler Benk ${i}`,
      email: `benk.saksbehandler.${i}@example.org`,
      organisationId: statsforvalter.id,
      roles: [{ role: 'saksbehandler', officeId: OFFICE }],
    });
    officers.push(session);
  }
  return { roundId, applications, officers };
}
