// Demo data for `npm start` on an empty database and for tests: the organisations named in the reference
// documents, fictional people (example.org addresses), one demo user per role, and a few partnerships.
import { and, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import {
  appUser,
  municipality,
  office,
  organisation,
  partnership,
  partnershipEditor,
  partnershipMember,
  person,
  region,
  roleGrant,
} from '../db/schema/index.ts';
import { readReferenceJson } from '../db/reference-files.ts';
import { seedDemoBehovsmelding } from './demo-behovsmelding/seed.ts';
import { seedDemoForum } from './demo-forum/seed.ts';
import { seedDemoQuestionnaires } from './demo-questionnaire.ts';
import { seedDemoSamiCoordinator } from './demo-sami-coordinator.ts';
import { seedDemoTilsagn } from './demo-tilsagn/seed.ts';
import { seedDemoUtbetaling } from './demo-utbetaling/seed.ts';
import type { Db } from '../db/client.ts';
import { systemClock, type Clock } from '../domain/shared/clock.ts';

type DemoFile = {
  organisations: { key: string; kind: string; name: string; office?: string; municipality?: string; orgnr?: string; kontonr?: string; region?: string; rskForm?: string; host?: string }[];
  people: { key: string; org: string; name: string; email: string; title: string; roles: { role: string; office?: string; org?: string }[] }[];
  partnerships: { name: string; office: string; scheme: string; applicant: string; payee: string; coordinator: string | null; owners: string[]; uh: string[]; editors: string[]; description: string }[];
};

/** Empty = nobody can log in yet: no user rows. */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(appUser);
  return (row?.n ?? 0) === 0;
}

/** `clock`: the day the demo is seeded; what must lie ahead when it is tried (an open round, an extension, a
 * resubmission window) is counted from it. */
export async function seedDemoData(db: Db, clock: Clock = systemClock): Promise<void> {
  const demo = readReferenceJson<DemoFile>('demo.json');
  await db.transaction(async (tx) => {
    const municipalities = await tx.select().from(municipality).where(eq(municipality.division, 2024));
    const offices = await tx.select().from(office);
    const regions = await tx.select().from(region);
    const orgIds = new Map<string, string>();
    // UH institutions come from the reference sync; give the demo keys to the ones it uses.
    const uh = await tx.select().from(organisation).where(eq(organisation.kind, 'uh'));
    const uhKey = (prefix: string) => uh.find((o) => o.name.startsWith(prefix))?.id;
    orgIds.set('uit', uhKey('UiT') ?? '');
    orgIds.set('samisk', uhKey('Sámi allaskuvla') ?? '');
    orgIds.set('nord', uhKey('Nord universitet') ?? '');

    for (const o of demo.organisations) {
      const m = o.municipality ? municipalities.find((x) => x.name === o.municipality) : undefined;
      if (o.municipality && !m) throw new Error(`demo.json: unknown municipality ${o.municipality}`);
      const officeId = o.office ?? offices.find((x) => m && x.countyNumbers.includes(m.countyNumber))?.id ?? null;
      const [existing] = o.orgnr ? await tx.select().from(organisation).where(eq(organisation.orgnr, o.orgnr)) : [];
      if (existing) {
        orgIds.set(o.key, existing.id);
        continue;
      }
      const [row] = await tx
        .insert(organisation)
        .values({
          kind: o.kind,
          name: o.name,
          orgnr: o.orgnr ?? null,
          kontonr: o.kontonr ?? null,
          municipalityNumber: m?.number ?? null,
          officeId,
          regionId: o.region ? (regions.find((r) => r.name === o.region)?.id ?? null) : null,
          rskForm: o.rskForm ?? null,
          hostOrganisationId: o.host ? (orgIds.get(o.host) ?? null) : null,
        })
        .returning();
      orgIds.set(o.key, row!.id);
    }
    const org = (key: string) => {
      const id = orgIds.get(key);
      if (!id) throw new Error(`demo.json: unknown organisation ${key}`);
      return id;
    };

    const personIds = new Map<string, string>();
    for (const p of demo.people) {
      const [row] = await tx.insert(person).values({ name: p.name, email: p.email, title: p.title, organisationId: org(p.org) }).returning();
      personIds.set(p.key, row!.id);
      if (p.roles.length === 0) continue;
      const [user] = await tx
        .insert(appUser)
        .values({ personId: row!.id, displayName: p.name, email: p.email, isDemo: true })
        .returning();
      for (const r of p.roles)
        await tx.insert(roleGrant).values({ userId: user!.id, role: r.role, officeId: r.office ?? null, organisationId: r.org ? org(r.org) : null });
    }

    for (const p of demo.partnerships) {
      const [exists] = await tx.select().from(partnership).where(and(eq(partnership.name, p.name), eq(partnership.officeId, p.office)));
      if (exists) continue;
      const [row] = await tx
        .insert(partnership)
        .values({
          name: p.name,
          officeId: p.office,
          schemeId: p.scheme,
          description: p.description,
          applicantId: org(p.applicant),
          payeeId: org(p.payee),
          coordinatorPersonId: p.coordinator ? (personIds.get(p.coordinator) ?? null) : null,
        })
        .returning();
      const members = [
        ...new Set([p.applicant, ...p.owners].filter((k) => k !== p.applicant || !p.uh.includes(k))),
      ].map((k) => ({ partnershipId: row!.id, organisationId: org(k), role: 'owner' }));
      for (const k of p.uh) members.push({ partnershipId: row!.id, organisationId: org(k), role: 'uh' });
      await tx.insert(partnershipMember).values(members);
      for (const e of p.editors) await tx.insert(partnershipEditor).values({ partnershipId: row!.id, personId: personIds.get(e)! });
    }
    await seedDemoSamiCoordinator(tx);
  });
  // Rounds and applications go through the use cases, each in its own transaction, after the rows they need.
  await seedDemoBehovsmelding(db, clock);
  await seedDemoForum(db, clock);
  await seedDemoTilsagn(db);
  await seedDemoUtbetaling(db);
  await seedDemoQuestionnaires(db);
}
