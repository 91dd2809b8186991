// The owner's co-funding a scheme requires (Dekomp: 30 % of the grant, `ownerCofundingPercent` in the scheme's
// configuration), checked against what the scenario proposes (issue 13, point 4): per application and year,
//   missing = ⌈percent × proposed owner amount / 100⌉ − co-funding declared,
// flagged when above 0. The declared amount is section 6's co-funding of this office's parts, as written: salary
// and release time are part of it, so nothing is added. Counted exactly (BigInt), so 33,3 % of an amount never
// rounds up a krone because of binary floating point.
import { decimalOf } from '../shared/exact-decimal.ts';
import type { TAskedAmounts } from './asked-amounts.ts';
import type { TLine } from './allocation.ts';

export type TCofundingYear = { year: number; requiredKr: number; declaredKr: number; missingKr: number };

/** ⌈percent × amount / 100⌉ in whole kroner, exactly. */
export function requiredCofunding(percent: number, amountKr: number): number {
  const p = decimalOf(percent);
  const numerator = p.digits * BigInt(amountKr);
  const denominator = 100n * 10n ** BigInt(p.scale);
  const quotient = numerator / denominator;
  return Number(numerator % denominator === 0n ? quotient : quotient + 1n);
}

/**
 * Per year the application has proposed owner money or declares co-funding: required, declared and missing
 * (0 when enough). Null when the scheme requires no co-funding.
 */
export function cofundingCheck(percent: number | null, asked: Pick<TAskedAmounts, 'parts'>, lines: readonly TLine[], applicationId: string): TCofundingYear[] | null {
  if (percent === null) return null;
  const declared = new Map<number, number>();
  for (const part of asked.parts.filter((p) => p.ownOffice))
    for (const y of part.years) declared.set(y.year, (declared.get(y.year) ?? 0) + y.coFundingKr);
  const owner = new Map<number, number>();
  for (const l of lines.filter((x) => x.applicationId === applicationId && x.recipient === 'owner')) owner.set(l.year, (owner.get(l.year) ?? 0) + l.amountKr);
  const years = [...new Set([...owner.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const requiredKr = requiredCofunding(percent, owner.get(year) ?? 0);
    const declaredKr = declared.get(year) ?? 0;
    return { year, requiredKr, declaredKr, missingKr: Math.max(0, requiredKr - declaredKr) };
  });
}
