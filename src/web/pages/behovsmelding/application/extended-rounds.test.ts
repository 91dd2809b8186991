import { describe, expect, it } from 'vitest';
import { startablePartnerships, startableRounds } from './extended-rounds.ts';

const nordreisa = { id: 'p-nordreisa', officeId: 'tf', schemeId: null };
const sorTroms = { id: 'p-sor-troms', officeId: 'tf', schemeId: null };
const open = { id: 'r-open', status: 'åpen' as const, officeId: 'tf', schemeId: 'kl' };
const closed = { id: 'r-closed', status: 'stengt' as const, officeId: 'tf', schemeId: 'kl' };
const extension = { roundId: 'r-closed', partnershipId: 'p-sor-troms', untilLocal: '2026-12-15T12:00:00' };
const now = new Date('2026-12-07T10:00:00Z');

describe('"Ny behovsmelding" with an extension (issue 12, point 2)', () => {
  it('a partnership with an extension on a closed round is offered that round, and only that partnership in it', () => {
    expect(startableRounds([open, closed], [nordreisa, sorTroms], [extension], now).map((r) => r.id)).toEqual(['r-open', 'r-closed']);
    expect(startablePartnerships([nordreisa, sorTroms], closed, [extension], now).map((p) => p.id)).toEqual(['p-sor-troms']);
    expect(startablePartnerships([nordreisa, sorTroms], open, [extension], now).map((p) => p.id)).toEqual(['p-nordreisa', 'p-sor-troms']);
  });

  it('a closed round is not offered once the extension has run out, or to partnerships without one', () => {
    expect(startableRounds([closed], [nordreisa, sorTroms], [extension], new Date('2026-12-15T11:00:01Z'))).toEqual([]);
    expect(startableRounds([closed], [nordreisa], [extension], now)).toEqual([]);
  });
});
