// The office's money per year for one scheme (issue 15, point 2; ADR 027): from the promise to the money back. Each
// figure is read from the table that owns it; this only sums, so the overview and its tests agree on what counts.
//
// - reserved: later years' promises (budget_reservation), provisional (the forum's adoption) and binding (the
//   tilsagn issued) — a reservation a later application used up still counts here: it was reserved for that year.
// - decided: the lines of issued tilsagn not superseded by a later decision (an endringsvedtak replaces the lines);
//   accepted: those of them the partnership accepted (the gate of the payment plan).
// - paid: the items of batches the finance system paid ('betalt'), by the year of their plan line.
// - held over / offset / claimed / received: unused money by the year it was granted for (not the year it moves to):
//   claimed counts every claim issued, received ones included, so "claimed − received" is what is still owed.

export type TReservationFact = { year: number; amountKr: number; status: string };
export type TDecidedLineFact = { year: number; amountKr: number; accepted: boolean };
export type TPaidItemFact = { year: number; amountKr: number };
export type TUnusedFact = {
  year: number;
  amountKr: number;
  /** unused_funds.state: 'registrert' | 'overfort' | 'motregnet' | 'krevd' | 'mottatt'. */
  state: string;
  receivedKr: number | null;
};

export type TOverviewFacts = {
  reservations: readonly TReservationFact[];
  decidedLines: readonly TDecidedLineFact[];
  paidItems: readonly TPaidItemFact[];
  unused: readonly TUnusedFact[];
};

export const MONEY_FIGURES = [
  'reservedProvisionalKr',
  'reservedBindingKr',
  'decidedKr',
  'acceptedKr',
  'paidKr',
  'heldOverKr',
  'offsetKr',
  'claimedKr',
  'receivedKr',
] as const;
export type TMoneyFigure = (typeof MONEY_FIGURES)[number];
export type TMoneyFigures = Record<TMoneyFigure, number>;
export type TYearMoney = { year: number } & TMoneyFigures;

const zero = (): TMoneyFigures => Object.fromEntries(MONEY_FIGURES.map((f) => [f, 0])) as TMoneyFigures;

/** One row per year that has any money in it, oldest first, and the sum of all years. */
export function moneyOverview(facts: TOverviewFacts): { years: TYearMoney[]; total: TMoneyFigures } {
  const byYear = new Map<number, TMoneyFigures>();
  const add = (year: number, figure: TMoneyFigure, kr: number) => {
    const row = byYear.get(year) ?? zero();
    row[figure] += kr;
    byYear.set(year, row);
  };
  for (const r of facts.reservations) add(r.year, r.status === 'bindende' ? 'reservedBindingKr' : 'reservedProvisionalKr', r.amountKr);
  for (const l of facts.decidedLines) {
    add(l.year, 'decidedKr', l.amountKr);
    if (l.accepted) add(l.year, 'acceptedKr', l.amountKr);
  }
  for (const p of facts.paidItems) add(p.year, 'paidKr', p.amountKr);
  for (const u of facts.unused) {
    if (u.state === 'overfort') add(u.year, 'heldOverKr', u.amountKr);
    else if (u.state === 'motregnet') add(u.year, 'offsetKr', u.amountKr);
    else if (u.state === 'krevd' || u.state === 'mottatt') {
      add(u.year, 'claimedKr', u.amountKr);
      // A claim marked received without an amount was paid in full.
      if (u.state === 'mottatt') add(u.year, 'receivedKr', u.receivedKr ?? u.amountKr);
    }
    // 'registrert': not decided yet, so in none of the figures.
  }
  const years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, figures]) => ({ year, ...figures }));
  const total = zero();
  for (const y of years) for (const f of MONEY_FIGURES) total[f] += y[f];
  return { years, total };
}
