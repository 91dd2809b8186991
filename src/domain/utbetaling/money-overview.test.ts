// The office's money per year: each figure from its own facts, unused money by the year it was granted for, a claim
// counted as claimed until and after it is received, an undecided registration in no figure.
import { describe, expect, it } from 'vitest';
import { heldOverTo, netNeedKr } from './held-over.ts';
import { moneyOverview } from './money-overview.ts';

describe('moneyOverview', () => {
  it('sums each year and the total', () => {
    const { years, total } = moneyOverview({
      reservations: [
        { year: 2027, amountKr: 80_000, status: 'foreløpig' },
        { year: 2027, amountKr: 20_000, status: 'bindende' },
      ],
      decidedLines: [
        { year: 2026, amountKr: 100_000, accepted: true },
        { year: 2026, amountKr: 50_000, accepted: false },
        { year: 2027, amountKr: 80_000, accepted: true },
      ],
      paidItems: [
        { year: 2026, amountKr: 60_000 },
        { year: 2026, amountKr: 40_000 },
      ],
      unused: [
        { year: 2026, amountKr: 10_000, state: 'overfort', receivedKr: null },
        { year: 2026, amountKr: 5_000, state: 'motregnet', receivedKr: null },
        { year: 2026, amountKr: 3_000, state: 'krevd', receivedKr: null },
        { year: 2026, amountKr: 2_000, state: 'mottatt', receivedKr: 1_500 },
        { year: 2026, amountKr: 1_000, state: 'mottatt', receivedKr: null },
        { year: 2026, amountKr: 999, state: 'registrert', receivedKr: null },
      ],
    });
    expect(years).toEqual([
      {
        year: 2026,
        reservedProvisionalKr: 0,
        reservedBindingKr: 0,
        decidedKr: 150_000,
        acceptedKr: 100_000,
        paidKr: 100_000,
        heldOverKr: 10_000,
        offsetKr: 5_000,
        claimedKr: 6_000,
        receivedKr: 2_500,
      },
      {
        year: 2027,
        reservedProvisionalKr: 80_000,
        reservedBindingKr: 20_000,
        decidedKr: 80_000,
        acceptedKr: 80_000,
        paidKr: 0,
        heldOverKr: 0,
        offsetKr: 0,
        claimedKr: 0,
        receivedKr: 0,
      },
    ]);
    expect(total).toMatchObject({ decidedKr: 230_000, acceptedKr: 180_000, paidKr: 100_000, reservedProvisionalKr: 80_000, claimedKr: 6_000 });
  });

  it('has no rows when there is no money', () => {
    expect(moneyOverview({ reservations: [], decidedLines: [], paidItems: [], unused: [] }).years).toEqual([]);
  });
});

describe('heldOverTo and netNeedKr', () => {
  const rows = [
    { partnershipId: 'p', targetYear: 2027, fromYear: 2026, recipient: 'uh' as const, amountKr: 7_000, documentNumber: '2026/4-9' },
    { partnershipId: 'p', targetYear: 2027, fromYear: 2026, recipient: 'owner' as const, amountKr: 12_000, documentNumber: '2026/4-9' },
    { partnershipId: 'p', targetYear: 2028, fromYear: 2027, recipient: 'owner' as const, amountKr: 1, documentNumber: null },
    { partnershipId: 'q', targetYear: 2027, fromYear: 2026, recipient: 'owner' as const, amountKr: 500, documentNumber: '2026/4-10' },
  ];

  it('gives one partnership’s hold-over to one year per recipient with its sources', () => {
    expect(heldOverTo(rows, 'p', 2027)).toEqual({
      year: 2027,
      ownerKr: 12_000,
      uhKr: 7_000,
      totalKr: 19_000,
      sources: [
        { recipient: 'owner', amountKr: 12_000, fromYear: 2026, documentNumber: '2026/4-9' },
        { recipient: 'uh', amountKr: 7_000, fromYear: 2026, documentNumber: '2026/4-9' },
      ],
    });
    expect(heldOverTo(rows, 'p', 2029)).toBeNull();
  });

  it('nets the ask, never below zero', () => {
    expect(netNeedKr(300_000, 19_000)).toBe(281_000);
    expect(netNeedKr(10_000, 19_000)).toBe(0);
    expect(netNeedKr(0, 0)).toBe(0);
  });
});
