// Adopting the innstilling (issue 13, point 5): what must be in place, the provisional reservations for later years
// and the earlier reservations a year-2 application takes over.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { AppError } from '../shared/app-error.ts';
import { adoptionProblems, assertAdoptable, consumedBy, reservationsOf, type TAdoptionFacts } from './innstilling.ts';

const ready: TAdoptionFacts = {
  state: 'utkast',
  scenarioChosen: true,
  items: [{ title: 'Sør-Troms', decided: true }],
  applications: [
    { applicationId: 'a', priority: 1, reason: null, askedKr: 100, proposedKr: 100 },
    { applicationId: 'b', priority: null, reason: 'Svak forankring i kartleggingen.', askedKr: 100, proposedKr: 0 },
  ],
  names: new Map([
    ['a', 'Sør-Troms'],
    ['b', 'Nord-Troms'],
  ]),
};

describe('adoptionProblems', () => {
  it('none when a scenario is chosen, every item decided and every reason given', () => {
    expect(adoptionProblems(ready)).toEqual([]);
  });

  it('names the undecided item, the missing scenario and the missing reasons', () => {
    const problems = adoptionProblems({
      ...ready,
      scenarioChosen: false,
      items: [{ title: 'Sør-Troms', decided: false }],
      applications: [
        { applicationId: 'a', priority: 1, reason: ' ', askedKr: 100, proposedKr: 60 },
        { applicationId: 'b', priority: null, reason: null, askedKr: 100, proposedKr: 0 },
      ],
    }).map(renderNb);
    expect(problems).toEqual([
      'Ingen fordeling er valgt for innstillingen',
      'Saken «Sør-Troms» er ikke avgjort',
      'Begrunnelse mangler for at Sør-Troms får mindre enn omsøkt',
      'Begrunnelse mangler for at Nord-Troms ikke er prioritert',
    ]);
  });

  it('refuses adopting twice', () => {
    expect(() => assertAdoptable({ ...ready, state: 'vedtatt' })).toThrow(AppError);
  });
});

describe('reservationsOf', () => {
  it('reserves every later year of a prioritised measure, owner and UH summed per application and year', () => {
    const lines = [
      { applicationId: 'a', year: 2026, amountKr: 300 },
      { applicationId: 'a', year: 2027, amountKr: 200 },
      { applicationId: 'a', year: 2027, amountKr: 50 },
      { applicationId: 'a', year: 2028, amountKr: 100 },
      { applicationId: 'b', year: 2027, amountKr: 999 },
    ];
    expect(reservationsOf({ roundYear: 2026, prioritisedIds: new Set(['a']), lines })).toEqual([
      { applicationId: 'a', year: 2027, amountKr: 250 },
      { applicationId: 'a', year: 2028, amountKr: 100 },
    ]);
  });
});

describe('consumedBy', () => {
  const reservations = [
    { id: 'r27', year: 2027, sourceApplicationId: 'y1', consumedByApplicationId: null },
    { id: 'r28', year: 2028, sourceApplicationId: 'y1', consumedByApplicationId: null },
    { id: 'other', year: 2027, sourceApplicationId: 'x1', consumedByApplicationId: null },
  ];
  const previousOf = new Map<string, string | null>([
    ['y1', null],
    ['y2', 'y1'],
    ['x1', null],
  ]);

  it("a year-2 application takes over its measure's reservation for this year, and no other measure's", () => {
    expect(consumedBy({ roundYear: 2027, applicationIds: ['y2'], previousOf, reservations, newReservations: [] })).toEqual([{ reservationId: 'r27', applicationId: 'y2' }]);
  });

  it('a later year stays reserved unless this adoption reserves it anew', () => {
    const renewed = consumedBy({ roundYear: 2027, applicationIds: ['y2'], previousOf, reservations, newReservations: [{ applicationId: 'y2', year: 2028 }] });
    expect(renewed.map((c) => c.reservationId)).toEqual(['r27', 'r28']);
  });

  it('survives a cycle in the previous_id chain', () => {
    const cyclic = new Map<string, string | null>([
      ['p', 'q'],
      ['q', 'p'],
    ]);
    expect(consumedBy({ roundYear: 2027, applicationIds: ['p'], previousOf: cyclic, reservations, newReservations: [] })).toEqual([]);
  });
});
