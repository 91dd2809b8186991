// The parts of one behovsmelding (e.g. "Region Sør-Troms" and "Evenes"), each with its own budget tables, section 6
// and section 5 counts. A part may belong to another office (Evenes → Statsforvalteren i Nordland): it is shown and
// checked, but kept out of this office's totals. The application's totals are the sums of its parts.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { ZBudgetTable, type TBudgetTable } from './budget-line.ts';
import { computeBudgetTable, type TBudgetTableResult } from './budget-table.ts';
import { ZGrantUse } from './grant-use.ts';
import { ZUnitCounts } from './unit-counts.ts';

export const ZApplicationPart = z.object({
  /** The part's id in the form (`sor-troms`): field paths name it (`parts.sor-troms.ownerBudget`); else its index. */
  key: z.string().nullish().transform((v) => v ?? null),
  name: zText(msg('behovsmelding.label.partName'), 200),
  /** Set when the part is applied for at another office (its id, e.g. `nordland`); null = this application's office. */
  otherOfficeId: z.string().trim().nullish().transform((v) => (v ? v : null)),
  /** The year section 6 must agree with the budget tables for: 2024 for "barnehage- og skoleåret 2024-2025". */
  budgetYear: z
    .number({ error: msg('shared.required', { label: msg('behovsmelding.label.budgetYear') }) })
    .int({ message: msg('behovsmelding.notYear', { label: msg('behovsmelding.label.budgetYear') }) })
    .min(2000)
    .max(2100),
  ownerBudget: ZBudgetTable.nullish().transform((v): TBudgetTable | null => v ?? null),
  uhBudget: ZBudgetTable.nullish().transform((v): TBudgetTable | null => v ?? null),
  /** Section 6; null when the application fills it for another part only (the real 2024 document: Evenes only). */
  grantUse: ZGrantUse.nullish().transform((v) => v ?? null),
  unitCounts: ZUnitCounts,
});
export type TApplicationPart = z.output<typeof ZApplicationPart>;

export const ZApplicationBudget = z.object({
  parts: z
    .array(ZApplicationPart, { error: msg('behovsmelding.applicationMinParts') })
    .min(1, { message: msg('behovsmelding.applicationMinParts') })
    .max(20, { message: msg('behovsmelding.applicationMaxParts') }),
});
export type TApplicationBudget = z.output<typeof ZApplicationBudget>;

export type TAmounts = { owner: number; uh: number; total: number };

export type TPartResult = {
  index: number;
  /** `parts.<key or index>`: the root of this part's field paths. */
  path: string;
  name: string;
  otherOfficeId: string | null;
  countsTowardsOffice: boolean;
  owner: TBudgetTableResult | null;
  uh: TBudgetTableResult | null;
  amounts: TAmounts;
};

export type TYearAmounts = { year: number; ownerKr: number; uhKr: number; totalKr: number };

export type TApplicationTotals = {
  parts: TPartResult[];
  /** Sums of the parts that belong to this office: what this office is asked for. */
  office: TAmounts;
  /** Sums of all parts, other offices' included (shown for information). */
  allParts: TAmounts;
  /** Section 6 per year, summed over this office's parts (parts without section 6 add nothing). */
  grantUseByYear: TYearAmounts[];
};

export function computePart(part: TApplicationPart, index: number): TPartResult {
  const base = partPath(part, index);
  const owner = part.ownerBudget ? computeBudgetTable(part.ownerBudget, `${base}.ownerBudget`) : null;
  const uh = part.uhBudget ? computeBudgetTable(part.uhBudget, `${base}.uhBudget`) : null;
  return {
    index,
    path: base,
    name: part.name,
    otherOfficeId: part.otherOfficeId,
    countsTowardsOffice: part.otherOfficeId === null,
    owner,
    uh,
    amounts: amounts(owner?.total ?? 0, uh?.total ?? 0),
  };
}

export function computeApplicationTotals(application: TApplicationBudget): TApplicationTotals {
  const parts = application.parts.map(computePart);
  const ownParts = parts.filter((p) => p.countsTowardsOffice);
  const years = new Map<number, TYearAmounts>();
  for (const part of application.parts.filter((p) => p.otherOfficeId === null)) {
    for (const y of part.grantUse?.years ?? []) {
      const sum = years.get(y.year) ?? { year: y.year, ownerKr: 0, uhKr: 0, totalKr: 0 };
      sum.ownerKr += y.ownerKr ?? 0;
      sum.uhKr += y.uhKr ?? 0;
      sum.totalKr = sum.ownerKr + sum.uhKr;
      years.set(y.year, sum);
    }
  }
  return {
    parts,
    office: sumAmounts(ownParts),
    allParts: sumAmounts(parts),
    grantUseByYear: [...years.values()].sort((a, b) => a.year - b.year),
  };
}

const amounts = (owner: number, uh: number): TAmounts => ({ owner, uh, total: owner + uh });

function sumAmounts(parts: TPartResult[]): TAmounts {
  return amounts(
    parts.reduce((s, p) => s + p.amounts.owner, 0),
    parts.reduce((s, p) => s + p.amounts.uh, 0),
  );
}

/** The root of a part's field paths: by its key when it has one, else by its position. */
export const partPath = (part: { key?: string | null }, index: number) => `parts.${part.key ?? index}`;
