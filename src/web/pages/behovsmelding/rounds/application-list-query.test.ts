import { describe, expect, it } from 'vitest';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import type { RoundApplicationRow } from '../../../types/behovsmelding.ts';
import {
  amountsFor,
  applicationListArgs,
  ariaSortOf,
  DEFAULT_SORT,
  listStateParams,
  readListState,
  toggleSort,
  yearSums,
  yearsOf,
  type ApplicationListState,
} from './application-list-query.ts';

const state = (patch: Partial<ApplicationListState> = {}): ApplicationListState => ({ status: null, q: '', ...DEFAULT_SORT, ...patch });

describe('the list state in the address', () => {
  it('reads filters and sorting, ignoring values the API does not know', () => {
    expect(readListState(new URLSearchParams('status=sen&sok=+Harstad+&sorter=total&retning=desc'))).toEqual({
      status: 'sen',
      q: 'Harstad',
      sort: 'total',
      dir: 'desc',
    });
    expect(readListState(new URLSearchParams('status=slettet&sorter=navn&retning=opp'))).toEqual(state());
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    expect(listStateParams(state()).toString()).toBe('');
    const base = new URLSearchParams('side=2&sok=gammel');
    expect(listStateParams(state({ status: 'returnert', q: 'Evenes', sort: 'submitted', dir: 'asc' }), base).toString()).toBe(
      'side=2&status=returnert&sok=Evenes&sorter=submitted&retning=asc',
    );
    expect(listStateParams(state({ dir: 'desc' })).toString()).toBe('sorter=partnership&retning=desc');
  });

  it('round-trips', () => {
    const s = state({ status: 'utkast', q: 'Ibestad kommune', sort: 'status', dir: 'desc' });
    expect(readListState(listStateParams(s))).toEqual(s);
  });
});

describe('applicationListArgs', () => {
  const url = (s: ApplicationListState) => behovsmeldingApi.listRoundApplications.url(applicationListArgs('r-1', s));

  it('passes filters and sorting to the API as query parameters', () => {
    expect(url(state({ status: 'sen', q: ' Sør-Troms ', sort: 'total', dir: 'desc' }))).toBe(
      '/api/behovsmelding/rounds/r-1/applications?status=sen&q=S%C3%B8r-Troms&sort=total&dir=desc',
    );
  });

  it('leaves out an empty filter', () => {
    expect(url(state())).toBe('/api/behovsmelding/rounds/r-1/applications?sort=partnership&dir=asc');
  });
});

describe('sorting by column header', () => {
  it('flips the direction of the sorted column and starts another column ascending', () => {
    const byTotal = toggleSort(state(), 'total');
    expect(byTotal).toMatchObject({ sort: 'total', dir: 'asc' });
    expect(toggleSort(byTotal, 'total')).toMatchObject({ sort: 'total', dir: 'desc' });
    expect(toggleSort(state(), 'partnership')).toMatchObject({ sort: 'partnership', dir: 'desc' });
  });

  it('keeps the filters when sorting', () => {
    expect(toggleSort(state({ status: 'sendt', q: 'x' }), 'submitted')).toEqual(state({ status: 'sendt', q: 'x', sort: 'submitted' }));
  });

  it('marks only the sorted column with aria-sort', () => {
    const s = state({ sort: 'total', dir: 'desc' });
    expect(ariaSortOf(s, 'total')).toBe('descending');
    expect(ariaSortOf(s, 'partnership')).toBe('none');
    expect(ariaSortOf(state(), 'partnership')).toBe('ascending');
  });
});

describe('year columns (section 6)', () => {
  const row = (id: string, years: RoundApplicationRow['years']): RoundApplicationRow => ({
    id,
    status: 'sendt',
    allowed: ['read'],
    partnershipId: `p-${id}`,
    partnershipName: id,
    owners: [],
    uh: [],
    documentNumber: null,
    submittedAt: null,
    late: false,
    returned: false,
    withdrawnAt: null,
    years,
    ownerKr: 0,
    uhKr: 0,
    totalKr: 0,
    otherOfficeParts: [],
    errors: 0,
    warnings: 0,
  });
  const rows = [
    row('a', [
      { year: 2025, ownerKr: 100, uhKr: 50, totalKr: 150 },
      { year: 2024, ownerKr: 10, uhKr: 5, totalKr: 15 },
    ]),
    row('b', [{ year: 2024, ownerKr: 1, uhKr: 2, totalKr: 3 }]),
  ];

  it('lists every year asked for, ascending', () => {
    expect(yearsOf(rows)).toEqual([2024, 2025]);
    expect(yearsOf([])).toEqual([]);
  });

  it('gives 0 for a year a row does not ask for', () => {
    expect(amountsFor(rows[1]!, 2025)).toEqual({ ownerKr: 0, uhKr: 0 });
  });

  it('sums each year over the rows', () => {
    expect(yearSums(rows, [2024, 2025])).toEqual([
      { year: 2024, ownerKr: 11, uhKr: 7 },
      { year: 2025, ownerKr: 100, uhKr: 50 },
    ]);
  });
});
