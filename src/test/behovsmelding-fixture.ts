// Rounds and applications for behovsmelding tests: a round far in the future (no clash with the demo's rounds),
// a clock set where the test needs it, and a small application that passes every check.
import type { Db } from '../db/client.ts';
import { findField } from '../db/behovsmelding-field-repository.ts';
import { findFrame } from '../db/forum-frame-repository.ts';
import type { Actor } from '../domain/access/roles.ts';
import { fixedClock } from '../domain/shared/clock.ts';
import { createRound } from '../usecases/behovsmelding/create-round.ts';
import { createApplication } from '../usecases/behovsmelding/create-application.ts';
import { saveField } from '../usecases/behovsmelding/save-field.ts';
import { setBudgetFrame } from '../usecases/forum/set-budget-frame.ts';

let caseSequence = 9000;

export function roundInput(year: number, overrides: Record<string, unknown> = {}) {
  caseSequence += 2;
  return {
    officeId: 'troms-og-finnmark',
    schemeId: 'kompetanseloftet',
    year,
    title: `Behovsmeldinger ${year}`,
    opensAtLocal: `${year - 1}-09-01T08:00:00`,
    deadlineLocal: `${year - 1}-12-01T23:59:59`,
    guidance: 'Se langsiktig plan.',
    longTermPlanUrl: 'https://example.org/langsiktig-plan',
    coordinatorAllowed: true,
    caseNumbers: [
      { countyNumber: '55', caseNumber: `${year - 1}/${caseSequence}` },
      { countyNumber: '56', caseNumber: `${year - 1}/${caseSequence + 1}` },
    ],
    ...overrides,
  };
}

/** During the round: 1 November the year before. */
export const duringRound = (year: number) => fixedClock(`${year - 1}-11-01T12:00:00+01:00`);

/** Opens a round with a frame of 10 000 000 kr for its office, scheme and year (the office's frame since issue 13;
 * set first, so the round returned shows it). */
export async function openRound(db: Db, actor: Actor, year: number, overrides: Record<string, unknown> = {}) {
  const input = roundInput(year, overrides);
  const key = { officeId: input.officeId, schemeId: input.schemeId, year: input.year };
  if (typeof key.year === 'number' && !(await findFrame(db, key)))
    await setBudgetFrame({ db, actor, clock: duringRound(year), ...key, input: { amountKr: 10_000_000, confirmed: true, source: 'Tildelingsbrev' } });
  return createRound({ db, actor, clock: duringRound(year), input });
}

const line = (description: string, unitPrice: number, statedAmount: number) => ({
  kind: 'item',
  id: null,
  description,
  factors: [{ value: 1, label: 'stk', terms: null }],
  unitPrice,
  statedAmount,
  details: null,
});

/** A small application with no errors: one part, 100 000 owner + 50 000 UH. */
export function completeValues(): Record<string, unknown> {
  return {
    's1.tema': 'Inkluderende praksis',
    's1.begrunnelse': 'Kartleggingen viser behov.',
    's1.medvirkning': 'Alle enheter har deltatt.',
    's1.samiskePerspektiver': 'Samiske perspektiver er med i alle tiltak.',
    's1.omrader': ['inkludering'],
    's2.overordnetMal': 'Alle barn er inkludert.',
    's2.delmal': [{ text: 'Felles forståelse', points: [] }],
    's2.tiltak': [{ periode: 'Høst 31–vår 32', rader: [{ nummer: '1', hva: 'Kompetansepakke', hvordan: 'Digitalt', malgruppe: 'Alle', nar: 'Høst', ansvar: 'Rektor' }] }],
    's2.ppt': 'PPT deltar.',
    's2.kollektiveProsesser': 'Profesjonsfellesskap.',
    's2.malgrupper': 'Alle ansatte.',
    's2.start': 'August',
    's2.slutt': 'Juni',
    's2.uhErfaringer': 'I undervisningen.',
    's2.evaluering': 'Halvårlig rapport.',
    's4.kontaktNavn': 'Tone Eide',
    's4.kontaktArbeidssted': 'Harstad kommune',
    's4.kontaktEpost': 'tone.eide@example.org',
    's4.kontaktTelefon': '41234567',
    's4.lagetIPartnerskap': true,
    's5.ansvarligEier.navn': 'Harstad kommune',
    's5.ansvarligEier.kontaktperson': 'Tone Eide',
    's5.ansvarligEier.orgnr': '972417971',
    's5.ansvarligEier.kontonr': '81091069555',
    's5.ansvarligEier.betalingsreferanse': 'Prosjekt 1',
    's5.uh': [{ navn: 'UiT', kontaktperson: 'Kari', epost: 'kari@example.org', orgnr: '970422528', kontonr: '76940518691', betalingsreferanse: 'P2' }],
    's5.pptKontorer': 'PPT Harstad.',
    's5.samarbeid': 'Tett samarbeid i alle faser.',
    parts: [{ id: 'hoved', name: 'Harstad', otherOfficeId: null, budgetYear: 2031 }],
    'parts.hoved.unitCounts': { kommunaleGrunnskoler: { total: 2, byMunicipality: [{ municipality: 'Harstad', count: 2 }] } },
    'parts.hoved.ownerBudget': { title: 'Eier', lines: [line('Samlinger', 100_000, 100_000)], statedTotal: 100_000 },
    'parts.hoved.uhBudget': { title: 'UH', lines: [line('Veiledning', 50_000, 50_000)], statedTotal: 50_000 },
    'parts.hoved.grantUse': {
      heldOverOwnerKr: null,
      heldOverUhKr: null,
      years: [{ year: 2031, ownerKr: 100_000, uhKr: 50_000, shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 } }],
      coordinatorJustification: { owner: null, uh: null },
    },
  };
}

export async function startApplication(db: Db, actor: Actor, input: { roundId: string; partnershipId: string; year: number }) {
  return createApplication({ db, actor, clock: duringRound(input.year), input: { roundId: input.roundId, partnershipId: input.partnershipId } });
}

/** Saves every value on top of what the application started with (it starts pre-filled from its partnership). */
export async function fillApplication(db: Db, actor: Actor, id: string, year: number, values = completeValues(), clock = duringRound(year)) {
  for (const [key, value] of Object.entries(values)) {
    const baseVersion = (await findField(db, id, key))?.version ?? 0;
    await saveField({ db, actor, clock, id, key, input: { value, baseVersion } });
  }
}
