import { describe, expect, it } from 'vitest';
import { ZRoundInput, ZRoundUpdate } from '../../../../domain/behovsmelding/round.ts';
import { renderNb } from '../../../../domain/shared/message-catalogs.ts';
import { zodFieldErrors as rawFieldErrors } from '../../../forms/use-form.ts';
import type { Round } from '../../../types/behovsmelding.ts';
import { reminderDaysOf, roundBody, roundFormValues, withCheckedTimes, type RoundFormValues } from './round-form-values.ts';

/** The field errors as the form shows them in Bokmål (the schema's messages are message tokens, ADR 019). */
const zodFieldErrors = (error: Parameters<typeof rawFieldErrors>[0]) => rawFieldErrors(error).map((e) => ({ ...e, message: renderNb(e.message) }));

const filled = (patch: Partial<RoundFormValues> = {}): RoundFormValues => ({
  ...roundFormValues(undefined, { officeId: 'troms-finnmark', year: 2024 }),
  schemeId: 'kompetanseloftet',
  title: 'Kompetanseløftet 2024',
  opensAt: { date: '2023-10-01', time: '08:00' },
  deadline: { date: '2023-12-01', time: '23:59:59' },
  caseNumbers: [
    { key: 'a', countyNumber: '55', caseNumber: '2023/8245' },
    { key: 'b', countyNumber: '56', caseNumber: ' 2023/8244 ' },
  ],
  ...patch,
});

describe('roundBody', () => {
  it('turns the form into the body the shared schema accepts', () => {
    const parsed = ZRoundInput.parse(roundBody(filled()));
    expect(parsed).toMatchObject({
      officeId: 'troms-finnmark',
      year: 2024,
      opensAtLocal: '2023-10-01T08:00:00',
      deadlineLocal: '2023-12-01T23:59:59',
      guidance: null,
      longTermPlanUrl: null,
      coordinatorAllowed: false,
      caseNumbers: { '55': '2023/8245', '56': '2023/8244' },
    });
  });

  it('leaves what it cannot read for the schema to word', () => {
    // The budget frame is no longer the round's (issue 13): its unreadable amounts are the frames page's to word.
    const body = roundBody(filled({ year: 'neste år' }));
    expect(body.year).toBe('neste år');
    const fields = zodFieldErrors(ZRoundInput.safeParse(body).error!).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['year']));
    expect(roundBody(filled({ year: '' }))).toMatchObject({ year: undefined });
  });
});

describe('roundFormValues', () => {
  it('round-trips a stored round through the form', () => {
    const round: Round = {
      id: 'r-1',
      officeName: 'Statsforvalteren i Troms og Finnmark',
      schemeName: 'Kompetanseløftet',
      status: 'planlagt',
      applicationCount: 0,
      version: 1,
      officeId: 'troms-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2024,
      title: 'Kompetanseløftet 2024',
      opensAtLocal: '2023-10-01T08:00:00',
      deadlineLocal: '2023-12-01T23:59:59',
      budgetFrameKr: 1_676_314,
      guidance: 'Les veilederen.',
      longTermPlanUrl: 'https://example.org/plan.pdf',
      coordinatorAllowed: true,
      caseNumbers: { '55': '2023/8245' },
      reminderDaysBefore: [14, 3],
    };
    const values = roundFormValues(round);
    // The round shows its office's frame for the year but does not edit it (issue 13): the form sends none.
    expect(roundBody(values)).not.toHaveProperty('budgetFrameKr');
    const { id: _i, officeName: _o, schemeName: _s, status: _st, applicationCount: _a, version: _v, budgetFrameKr: _f, ...input } = round;
    expect(ZRoundInput.parse(roundBody(values))).toEqual(input);
  });
});

describe('withCheckedTimes', () => {
  const schema = withCheckedTimes(ZRoundUpdate);

  it('reports an invalid time with every other problem, instead of throwing', () => {
    const body = { ...roundBody(filled({ title: '', deadline: { date: '2023-02-30', time: '23:59' } })), expectedVersion: 1 };
    const errors = zodFieldErrors(schema.safeParse(body).error!);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'deadlineLocal', message: 'Frist må være en gyldig dato og tid (åååå-mm-dd tt:mm)' },
        { field: 'title', message: 'Tittel må fylles ut' },
      ]),
    );
    expect(errors.filter((e) => e.field === 'deadlineLocal')).toHaveLength(1);
  });

  it('lists the problems in the order of the form', () => {
    const body = roundBody({ ...roundFormValues(), opensAt: { date: '', time: '' } });
    expect(zodFieldErrors(schema.safeParse(body).error!).map((e) => e.field)).toEqual([
      'officeId',
      'schemeId',
      'year',
      'title',
      'opensAtLocal',
      'deadlineLocal',
      'caseNumbers.0.countyNumber',
      'caseNumbers.0.caseNumber',
      'expectedVersion',
    ]);
  });

  it('still checks that the deadline comes after the opening', () => {
    const body = { ...roundBody(filled({ deadline: { date: '2023-09-01', time: '12:00' } })), expectedVersion: 1 };
    expect(zodFieldErrors(schema.safeParse(body).error!)).toEqual([{ field: 'deadlineLocal', message: 'Fristen må være etter åpningstidspunktet' }]);
  });

  it('passes valid input through as the shared schema parses it', () => {
    const parsed = schema.parse({ ...roundBody(filled()), expectedVersion: 3 });
    expect(parsed).toMatchObject({ expectedVersion: 3, caseNumbers: { '56': '2023/8244' } });
  });

  it('reports row errors of the case numbers by row', () => {
    const body = roundBody(filled({ caseNumbers: [{ key: 'a', countyNumber: '55', caseNumber: '8245' }] }));
    expect(zodFieldErrors(withCheckedTimes(ZRoundInput).safeParse(body).error!)).toEqual([
      { field: 'caseNumbers.0.caseNumber', message: 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245' },
    ]);
  });
});

describe('the deadline in the round form (issue 12, point 10)', () => {
  it('times as one way: the form shows a deadline as 23:59, not 23:59:59, and it still lasts to 23:59:59', () => {
    expect(roundFormValues(undefined, {}).deadline.time).toBe('23:59');
    const stored = roundFormValues({ ...roundOf('2023-12-01T23:59:59') });
    expect(stored.deadline).toEqual({ date: '2023-12-01', time: '23:59' });
    expect(roundBody(stored).deadlineLocal).toBe('2023-12-01T23:59:59');
    expect(roundBody(filled({ deadline: { date: '2023-12-01', time: '12:00' } })).deadlineLocal).toBe('2023-12-01T12:00:59');
    expect(roundBody(filled({ opensAt: { date: '2023-10-01', time: '08:00' } })).opensAtLocal).toBe('2023-10-01T08:00:00');
  });
});

describe('the reminder days in the round form (issue 15)', () => {
  it('starts a new round with the days the server gives one, and shows a stored round\'s own', () => {
    expect(roundFormValues().reminderDays).toBe('14, 3');
    expect(roundFormValues({ ...roundOf('2023-12-01T23:59:59'), reminderDaysBefore: [7, 1] }).reminderDays).toBe('7, 1');
    expect(roundFormValues({ ...roundOf('2023-12-01T23:59:59'), reminderDaysBefore: [] }).reminderDays).toBe('');
  });

  it('reads numbers apart by commas or spaces, nearest last once parsed; empty is no reminders', () => {
    expect(reminderDaysOf(' 3, 14;7 ')).toEqual([3, 14, 7]);
    expect(reminderDaysOf('  ')).toEqual([]);
    expect(ZRoundInput.parse(roundBody(filled({ reminderDays: '3 14' }))).reminderDaysBefore).toEqual([14, 3]);
    expect(ZRoundInput.parse(roundBody(filled({ reminderDays: '' }))).reminderDaysBefore).toEqual([]);
  });

  it('lets the shared schema word what is wrong, on the one field', () => {
    for (const typed of ['to uker', '14, 14', '61', '1, 2, 3, 4', '2.5']) {
      const errors = zodFieldErrors(withCheckedTimes(ZRoundInput).safeParse(roundBody(filled({ reminderDays: typed }))).error!);
      expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['reminderDaysBefore']));
      expect(new Set(errors.map((e) => e.field))).toEqual(new Set(['reminderDaysBefore']));
      expect(errors[0]!.message).toBe('Påminnelser (dager før fristen): oppgi opptil 3 ulike hele tall fra 0 til 60');
    }
  });
});

function roundOf(deadlineLocal: string): Round {
  return {
    id: 'r-1',
    officeName: 'Statsforvalteren i Troms og Finnmark',
    schemeName: 'Kompetanseløftet',
    status: 'planlagt',
    applicationCount: 0,
    version: 1,
    officeId: 'troms-finnmark',
    schemeId: 'kompetanseloftet',
    year: 2024,
    title: 'Kompetanseløftet 2024',
    opensAtLocal: '2023-10-01T08:00:00',
    deadlineLocal,
    budgetFrameKr: null,
    guidance: null,
    longTermPlanUrl: null,
    coordinatorAllowed: true,
    caseNumbers: { '55': '2023/8245' },
  } as Round;
}
