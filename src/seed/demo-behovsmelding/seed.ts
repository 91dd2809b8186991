// Seeds the demo's behovsmelding rounds and applications through the use cases (so they are stored, versioned,
// numbered and audited exactly as users' would be): the real Sør-Troms og Evenes 2024 application and Nord-Troms'
// submitted in Troms og Finnmark's 2024 round (Nord-Troms then returned for correction), two drafts in the other
// 2024 rounds, an open round, and a Dekomp round closed days before the seed day whose submitted applications await
// the forum (closed-round.ts). The 2024 rounds keep their real dates; what must still lie ahead when the demo is
// tried (the open round's deadline, Evenes' Nordland extension, Nord-Troms' resubmission window, the forum's meeting
// on the closed round) is counted from the day the demo is seeded (demo-dates.ts), so a demo seeded in any year is
// alive.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { behovsmeldingRound } from '../../db/schema/index.ts';
import { fixedClock, type Clock } from '../../domain/shared/clock.ts';
import { createApplication } from '../../usecases/behovsmelding/create-application.ts';
import { createRound } from '../../usecases/behovsmelding/create-round.ts';
import { grantExtension } from '../../usecases/behovsmelding/grant-extension.ts';
import { returnApplication } from '../../usecases/behovsmelding/return-application.ts';
import { submitApplication } from '../../usecases/behovsmelding/submit-application.ts';
import { setBudgetFrame } from '../../usecases/forum/set-budget-frame.ts';
import { seedClosedRound } from './closed-round.ts';
import { demoDates } from './demo-dates.ts';
import { FICTIONAL_APPLICATIONS } from './fictional.ts';
import { actorByEmail, fill, partnershipId } from './seed-helpers.ts';
import { sorTromsEvenes2024Values } from './sor-troms-evenes-2024.ts';

const GUIDANCE_2024 =
  'Behovsmeldingen må ta utgangspunkt i retningslinjene for tilskuddsordningen for lokal kompetanseutvikling og skal være ' +
  'forankret i lokale behov. Det skal leveres en behovsmelding for hvert kompetanseutviklingsarbeid, per år. Samarbeidsforumet ' +
  'kan kun innstille tildeling av midler for ett år av gangen, men kan gi tilsagn om tildeling i inntil 3 år. Det er anledning ' +
  'til å melde behov for midler til en koordinatorfunksjon; behovet må beskrives tydelig under bruk av tilskuddsmidler.';

/** `budgetFrameKr`: the office's frame for the scheme and year (budget_frame), entered before the round. */
type RoundSpec = { officeId: string; schemeId: string; year: number; title: string; opensAtLocal: string; deadlineLocal: string; budgetFrameKr: number; caseNumbers: { countyNumber: string; caseNumber: string }[] };

const ROUNDS_2024: RoundSpec[] = [
  {
    officeId: 'troms-og-finnmark',
    schemeId: 'kompetanseloftet',
    year: 2024,
    title: 'Behovsmeldinger 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
    opensAtLocal: '2023-09-15T08:00:00',
    deadlineLocal: '2023-12-01T23:59:59',
    budgetFrameKr: 14_500_000,
    // As in the real call: "for Finnmark: 2023/8244, for Troms: 2023/8245".
    caseNumbers: [
      { countyNumber: '55', caseNumber: '2023/8245' },
      { countyNumber: '56', caseNumber: '2023/8244' },
    ],
  },
  {
    officeId: 'troms-og-finnmark',
    schemeId: 'dekomp',
    year: 2024,
    title: 'Behovsmeldinger 2024 – Dekomp',
    opensAtLocal: '2023-09-15T08:00:00',
    deadlineLocal: '2023-12-01T23:59:59',
    budgetFrameKr: 6_000_000,
    caseNumbers: [
      { countyNumber: '55', caseNumber: '2023/8301' },
      { countyNumber: '56', caseNumber: '2023/8302' },
    ],
  },
  {
    officeId: 'nordland',
    schemeId: 'kompetanseloftet',
    year: 2024,
    title: 'Behovsmeldinger 2024 – Kompetanseløftet (Nordland)',
    opensAtLocal: '2023-09-15T08:00:00',
    deadlineLocal: '2023-12-01T23:59:59',
    budgetFrameKr: 9_000_000,
    caseNumbers: [{ countyNumber: '18', caseNumber: '2023/4711' }],
  },
];

/** Troms og Finnmark's open Kompetanseløftet round, its dates from the seed day; case numbers in the seed day's year. */
function openRound(now: Date): RoundSpec {
  const { caseYear, openRound: dates } = demoDates(now);
  return {
    officeId: 'troms-og-finnmark',
    schemeId: 'kompetanseloftet',
    ...dates,
    title: `Behovsmeldinger ${dates.year} – Kompetanseløftet for spesialpedagogikk og inkluderende praksis`,
    budgetFrameKr: 15_000_000,
    caseNumbers: [
      { countyNumber: '55', caseNumber: `${caseYear}/9145` },
      { countyNumber: '56', caseNumber: `${caseYear}/9144` },
    ],
  };
}

/** While the 2024 rounds were open: the applications are written and submitted then. */
const NOVEMBER_2023: Clock = fixedClock('2023-11-28T10:00:00+01:00');

/** `clock`: the day the demo is seeded, from which its open round, extension and resubmission window are counted. */
export async function seedDemoBehovsmelding(db: Db, clock: Clock): Promise<void> {
  // Once: `seed --demo --force` on a database that has them already leaves them as they are.
  const [existing] = await db.select().from(behovsmeldingRound).where(eq(behovsmeldingRound.title, ROUNDS_2024[0]!.title));
  if (existing) return;
  const admin = await actorByEmail(db, 'ada.admin@example.org');
  const siri = await actorByEmail(db, 'siri.saksbehandler@example.org');
  const nora = await actorByEmail(db, 'nora.saksbehandler@example.org');
  const staffFor = (officeId: string) => (officeId === 'nordland' ? nora : siri);

  const roundIds = new Map<string, string>();
  const dates = demoDates(clock.now());
  for (const { budgetFrameKr, ...spec } of [...ROUNDS_2024, openRound(clock.now())]) {
    // Made by the office the day it opened, as a case officer would have; the year's frame (the office's per scheme
    // and year since issue 13) entered first from the allocation letter, so the round shows it.
    const opened = fixedClock(`${spec.opensAtLocal.slice(0, 10)}T07:00:00Z`);
    const key = { officeId: spec.officeId, schemeId: spec.schemeId };
    await setBudgetFrame({ db, actor: staffFor(spec.officeId), clock: opened, ...key, year: spec.year, input: { amountKr: budgetFrameKr, confirmed: true, source: `Tildelingsbrev ${spec.year}` } });
    const round = await createRound({
      db,
      actor: staffFor(spec.officeId),
      clock: opened,
      input: { ...spec, guidance: GUIDANCE_2024, longTermPlanUrl: 'https://example.org/langsiktig-plan-kompetanseloftet-troms-og-finnmark', coordinatorAllowed: true },
    });
    roundIds.set(`${spec.officeId}/${spec.schemeId}/${spec.year}`, round.id);
  }
  // The open round's next two years as estimates (anslag), as the allocation letter gives them: what multi-year
  // promises are weighed against until next year's letter confirms them.
  const open = openRound(clock.now());
  for (const year of [open.year + 1, open.year + 2])
    await setBudgetFrame({ db, actor: siri, clock, officeId: open.officeId, schemeId: open.schemeId, year, input: { amountKr: open.budgetFrameKr, confirmed: false, source: `Anslag i tildelingsbrevet ${open.year}` } });
  const roundId = (r: { officeId: string; schemeId: string; year: number }) => roundIds.get(`${r.officeId}/${r.schemeId}/${r.year}`)!;

  // The real application: written by the region's coordinator and submitted before the deadline.
  const ola = await actorByEmail(db, 'ola.koordinator@example.org');
  const sorTroms = await createApplication({
    db,
    actor: ola,
    clock: NOVEMBER_2023,
    input: { roundId: roundId({ officeId: 'troms-og-finnmark', schemeId: 'kompetanseloftet', year: 2024 }), partnershipId: await partnershipId(db, 'Kompetanseløftet Sør-Troms og Evenes') },
  });
  await fill(db, ola, sorTroms.id, sorTromsEvenes2024Values(), NOVEMBER_2023);
  await submitApplication({ db, actor: ola, clock: NOVEMBER_2023, id: sorTroms.id });

  const nils = await actorByEmail(db, 'nils.nordreisa@example.org');
  for (const a of FICTIONAL_APPLICATIONS) {
    const pid = await partnershipId(db, a.partnershipName);
    const actor = a.partnershipName === 'Kompetanseløftet Nord-Troms' ? nils : admin;
    const app = await createApplication({ db, actor, clock: NOVEMBER_2023, input: { roundId: roundId(a.round), partnershipId: pid } });
    await fill(db, actor, app.id, a.values(), NOVEMBER_2023);
    if (a.intent === 'submit') {
      await submitApplication({ db, actor, clock: NOVEMBER_2023, id: app.id });
      // Returned the day the demo is seeded, with a resubmission window ahead of it (after the round's deadline, as
      // returns are), so the demo shows a correction that can still be sent.
      await returnApplication({
        db,
        actor: siri,
        clock,
        id: app.id,
        input: {
          message: 'Budsjettet for UiT mangler fordeling per tiltak. Legg inn linjene og send behovsmeldingen inn på nytt.',
          resubmitUntilLocal: dates.resubmitUntilLocal,
        },
      });
    }
    if (a.round.officeId === 'nordland')
      // Granted the day the demo is seeded, to a date ahead of it, so the draft can be submitted in the demo.
      await grantExtension({
        db,
        actor: nora,
        clock,
        roundId: roundId(a.round),
        input: { partnershipId: pid, untilLocal: dates.extensionUntilLocal, reason: 'Evenes søker sin andel i Nordland etter avklaring med Troms og Finnmark.' },
      });
  }
  await seedClosedRound(db, siri, clock);
}
