// The demo's round that has closed and awaits the forum (issue 13, "Must show": demo data): Troms og Finnmark's Dekomp
// round of the seed day's season, its deadline days before the seed day (demo-dates.ts), with three school owners'
// applications submitted before it (fictional-dekomp.ts). Dekomp, because rounds are unique per office × scheme ×
// year and the open Kompetanseløftet round may hold the same year; the office's one samarbeidsforum weighs both
// schemes, and Dekomp's owner co-funding check has something to flag. demo.json has one Dekomp partnership of the
// office (Troms fylkeskommune); the two municipal ones are made here, as a case officer would make them, with their
// region's coordinator (Nils Elvebakk, Hanne Vik) writing and submitting. The round's frame (and the next year's
// estimate) is entered through the frames use case before the round opens, so the allocation screen has it; the
// applications together ask for more than it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisation, person } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock, type Clock } from '../../domain/shared/clock.ts';
import { createApplication } from '../../usecases/behovsmelding/create-application.ts';
import { createRound } from '../../usecases/behovsmelding/create-round.ts';
import { submitApplication } from '../../usecases/behovsmelding/submit-application.ts';
import { setBudgetFrame } from '../../usecases/forum/set-budget-frame.ts';
import { createPartnership } from '../../usecases/org/create-partnership.ts';
import { CLOSED_ROUND_DEADLINE_DAYS_AGO, demoDates } from './demo-dates.ts';
import { DEKOMP_APPLICATIONS } from './fictional-dekomp.ts';
import { actorByEmail, fill, partnershipId } from './seed-helpers.ts';

const OFFICE = 'troms-og-finnmark';
const SCHEME = 'dekomp';
/** The year's frame: less than the three ask (2 760 000), so the forum must choose. */
export const CLOSED_ROUND_FRAME_KR = 2_500_000;
const DAY_MS = 86_400_000;

const GUIDANCE =
  'Behovsmeldingen skal bygge på skoleeiers vurdering av egne behov og være utarbeidet i partnerskap med UH. ' +
  'Skoleeier skal bidra med minst 30 prosent egenfinansiering av eiers andel; arbeidstid til deltakelse regnes med. ' +
  'Ordningen finansierer ikke individuell videreutdanning. Samarbeidsforumet kan gi tilsagn om tildeling i inntil 3 år.';

/** The municipal Dekomp partnerships the demo adds: organisations by name, the coordinator by e-mail. */
const PARTNERSHIPS = [
  {
    name: 'Dekomp Nord-Troms',
    applicant: 'Nordreisa kommune',
    owners: ['Nordreisa kommune', 'Kåfjord kommune', 'Skjervøy kommune', 'Lyngen kommune', 'Kvænangen kommune', 'Storfjord kommune'],
    uh: ['UiT Norges arktiske universitet', 'Sámi allaskuvla / Samisk høgskole'],
    coordinator: 'nils.nordreisa@example.org',
    description: 'Kommunene i Nord-Troms sitt partnerskap med UiT om kompetanseutvikling i grunnskolen (Dekomp).',
  },
  {
    name: 'Dekomp Sør-Troms',
    applicant: 'Harstad kommune',
    owners: ['Harstad kommune', 'Kvæfjord kommune', 'Ibestad kommune', 'Tjeldsund kommune', 'Gratangen kommune'],
    uh: ['UiT Norges arktiske universitet'],
    coordinator: 'hanne.harstad@example.org',
    description: 'Harstad og nabokommunenes partnerskap med UiT om kompetanseutvikling i grunnskolen (Dekomp).',
  },
];

/** Who writes and submits each application: the partnership's coordinator; Troms fylkeskommune has no demo user. */
const WRITER: Record<string, string> = {
  'Dekomp Troms fylkeskommune': 'ada.admin@example.org',
  'Dekomp Nord-Troms': 'nils.nordreisa@example.org',
  'Dekomp Sør-Troms': 'hanne.harstad@example.org',
};

async function orgId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  if (!row) throw new Error(`demo: no organisation ${name}`);
  return row.id;
}

async function personId(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: person.id }).from(person).where(eq(person.email, email));
  if (!row) throw new Error(`demo: no person ${email}`);
  return row.id;
}

/** `clock`: the day the demo is seeded; `siri`: the office's case officer. Returns the round's id. */
export async function seedClosedRound(db: Db, siri: Actor, clock: Clock): Promise<string> {
  const { closedRound: dates } = demoDates(clock.now());
  // Entered, and the round made, the day it opened; the partnerships existed by then.
  const opened = fixedClock(`${dates.opensAtLocal.slice(0, 10)}T07:00:00Z`);
  const openedYear = Number(dates.opensAtLocal.slice(0, 4));
  for (const p of PARTNERSHIPS) {
    const applicantId = await orgId(db, p.applicant);
    const members = [
      ...(await Promise.all(p.owners.map(async (o) => ({ organisationId: await orgId(db, o), role: 'owner' })))),
      ...(await Promise.all(p.uh.map(async (u) => ({ organisationId: await orgId(db, u), role: 'uh' })))),
    ];
    await createPartnership({
      db,
      actor: siri,
      clock: opened,
      input: { name: p.name, officeId: OFFICE, schemeId: SCHEME, description: p.description, applicantId, payeeId: applicantId, coordinatorPersonId: await personId(db, p.coordinator), members },
    });
  }
  await setBudgetFrame({ db, actor: siri, clock: opened, officeId: OFFICE, schemeId: SCHEME, year: dates.year, input: { amountKr: CLOSED_ROUND_FRAME_KR, confirmed: true, source: `Tildelingsbrev ${dates.year}` } });
  await setBudgetFrame({
    db,
    actor: siri,
    clock: opened,
    officeId: OFFICE,
    schemeId: SCHEME,
    year: dates.year + 1,
    input: { amountKr: CLOSED_ROUND_FRAME_KR, confirmed: false, source: `Anslag i tildelingsbrevet ${dates.year}` },
  });
  const round = await createRound({
    db,
    actor: siri,
    clock: opened,
    input: {
      officeId: OFFICE,
      schemeId: SCHEME,
      ...dates,
      title: `Behovsmeldinger ${dates.year} – Dekomp`,
      caseNumbers: [
        { countyNumber: '55', caseNumber: `${openedYear}/9151` },
        { countyNumber: '56', caseNumber: `${openedYear}/9152` },
      ],
      guidance: GUIDANCE,
      longTermPlanUrl: 'https://example.org/langsiktig-plan-kompetanseloftet-troms-og-finnmark',
      coordinatorAllowed: true,
    },
  });

  // Written and submitted in the round's last days, a day apart, before its deadline.
  for (const [i, a] of DEKOMP_APPLICATIONS.entries()) {
    const at = fixedClock(new Date(clock.now().getTime() - (CLOSED_ROUND_DEADLINE_DAYS_AGO + DEKOMP_APPLICATIONS.length - i) * DAY_MS).toISOString());
    const actor = await actorByEmail(db, WRITER[a.partnershipName]!);
    const app = await createApplication({ db, actor, clock: at, input: { roundId: round.id, partnershipId: await partnershipId(db, a.partnershipName) } });
    await fill(db, actor, app.id, a.values(dates.year), at);
    await submitApplication({ db, actor, clock: at, id: app.id });
  }
  return round.id;
}
