// Small builders for the fictional demo applications (fictional.ts): budget lines and tables, a year of section 6,
// section 5's counts and the four part fields, so each application reads as its figures and not as boilerplate.
import type { TOtherOwner, TPartHeader } from '../../domain/behovsmelding/application-fields.ts';
import type { TBudgetItemLine, TBudgetLine, TBudgetTable } from '../../domain/behovsmelding/budget-line.ts';
import type { TGrantUse, TGrantYear } from '../../domain/behovsmelding/grant-use.ts';
import type { TUnitCountKey, TUnitCounts } from '../../domain/behovsmelding/unit-counts.ts';

/** factors × unitPrice, e.g. item('Samlinger', [[60, 'deltakere'], [2, 'samlinger']], 650, 78_000). */
export function item(description: string, factors: [number, string][], unitPrice: number, statedAmount: number | null): TBudgetItemLine {
  return {
    kind: 'item',
    id: null,
    description,
    factors: factors.map(([value, label]) => ({ value, label, terms: null })),
    unitPrice,
    statedAmount,
    details: null,
  };
}

export const lumpSum = (description: string, amount: number): TBudgetItemLine => ({
  kind: 'item',
  id: null,
  description,
  factors: [],
  unitPrice: null,
  statedAmount: amount,
  details: null,
});

export const subtotal = (description: string, statedAmount: number): TBudgetLine => ({ kind: 'subtotal', id: null, description, statedAmount });

/** A percentage of the item lines above it (UH's "påslag"). */
export const markup = (description: string, percent: number, statedAmount: number): TBudgetLine => ({
  kind: 'percentage',
  id: null,
  description,
  percent,
  baseLineIds: null,
  statedAmount,
});

export const table = (title: string, lines: TBudgetLine[], statedTotal: number | null): TBudgetTable => ({ title, lines, statedTotal });

type TYearInput = Pick<TGrantYear, 'year' | 'ownerKr' | 'uhKr'> & Partial<Omit<TGrantYear, 'year' | 'ownerKr' | 'uhKr'>>;

/** One year of section 6; the shares default to 0 / 10 / 90 % and the stated total to owner + UH. */
export function grantYear(input: TYearInput): TGrantYear {
  return {
    statedTotalKr: (input.ownerKr ?? 0) + (input.uhKr ?? 0),
    coFundingKr: null,
    coFundingPurpose: null,
    shares: { kartlegging: 0, planlegging: 10, gjennomforing: 90 },
    coordinatorOwnerKr: null,
    coordinatorUhKr: null,
    coordinatorNote: null,
    ...input,
  };
}

export function grantUse(years: TGrantYear[], justification: Partial<TGrantUse['coordinatorJustification']> = {}): TGrantUse {
  return {
    heldOverOwnerKr: null,
    heldOverUhKr: null,
    years,
    coordinatorJustification: { owner: justification.owner ?? null, uh: justification.uh ?? null },
    derived: false,
  };
}

/** Section 5's counts: a number is a total without breakdown, a list of [kommune, antall] sums to the total. */
export function unitCounts(counts: Partial<Record<TUnitCountKey, number | [string, number][] | { total: number; by: [string, number][] }>>): TUnitCounts {
  const result: TUnitCounts = {};
  for (const [key, value] of Object.entries(counts) as [TUnitCountKey, NonNullable<(typeof counts)[TUnitCountKey]>][]) {
    if (typeof value === 'number') result[key] = { total: value, byMunicipality: [] };
    else if (Array.isArray(value)) result[key] = { total: value.reduce((s, [, n]) => s + n, 0), byMunicipality: value.map(([municipality, count]) => ({ municipality, count })) };
    // An explicit total: lets a demo state a total its breakdown does not add up to.
    else result[key] = { total: value.total, byMunicipality: value.by.map(([municipality, count]) => ({ municipality, count })) };
  }
  return result;
}

export const kommuner = (...names: string[]): TOtherOwner[] => names.map((navn) => ({ navn, art: 'kommunal', kontaktperson: null }));

/** The `parts` field with one part and that part's four fields. */
export function singlePart(header: TPartHeader, fields: { unitCounts: TUnitCounts; grantUse: TGrantUse | null; ownerBudget: TBudgetTable | null; uhBudget: TBudgetTable | null }): Record<string, unknown> {
  return {
    parts: [header],
    [`parts.${header.id}.unitCounts`]: fields.unitCounts,
    [`parts.${header.id}.grantUse`]: fields.grantUse,
    [`parts.${header.id}.ownerBudget`]: fields.ownerBudget,
    [`parts.${header.id}.uhBudget`]: fields.uhBudget,
  };
}
