// Two scenarios of a round side by side (issue 13, point 4): per application what each proposes per year and the
// difference (b − a), so the forum sees at a glance what choosing one over the other moves.
import type { TLine } from './allocation.ts';

export type TCompareRow = { applicationId: string; years: { year: number; aKr: number; bKr: number; differenceKr: number }[] };

export function compareScenarios(applicationIds: readonly string[], years: readonly number[], a: readonly TLine[], b: readonly TLine[]): TCompareRow[] {
  const total = (lines: readonly TLine[], id: string, year: number) =>
    lines.filter((l) => l.applicationId === id && l.year === year).reduce((s, l) => s + l.amountKr, 0);
  return applicationIds.map((applicationId) => ({
    applicationId,
    years: years.map((year) => {
      const aKr = total(a, applicationId, year);
      const bKr = total(b, applicationId, year);
      return { year, aKr, bKr, differenceKr: bKr - aKr };
    }),
  }));
}
