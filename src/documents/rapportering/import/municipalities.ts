// The municipalities question (3.2): the picked municipalities printed grouped by county, `<County>: <name>, <name>`,
// or just `<County>` when the county itself was picked. Names split at ", " only, so Sámi-first names such as
// "Guovdageaidnu - Kautokeino" stay whole. A line without a colon is a county on its own only when it is a county's
// name and the line before did not break inside the list (after a comma or a hyphen); else it is the list wrapping.
import { fold } from './fuzzy.ts';
import type { TImportProblem } from './import-types.ts';
import { collapse, joinPrinted, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TCountyGroup = { county: string; names: string[]; countyOnly: boolean };

const GROUP = /^([^:,]+?)\s*:(.*)$/s;

/** The county names a printout shows as group labels in the municipalities question, folded. */
export function printedCounties(lines: readonly TPrintedLine[]): string[] {
  return lines.flatMap((line) => {
    const match = line.kind === 'text' ? GROUP.exec(line.raw.trim()) : null;
    return match ? [fold(match[1]!)] : [];
  });
}

export function readMunicipalities(lines: readonly TPrintedLine[], counties: ReadonlySet<string>, problems: TImportProblem[]): TCountyGroup[] {
  const groups: { county: string; raws: string[]; countyOnly: boolean }[] = [];
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    const printed = collapse(line.raw);
    const current = groups[groups.length - 1];
    const brokenInside = current !== undefined && /[,-]$/.test(current.raws[current.raws.length - 1]?.trim() ?? '');
    const group = GROUP.exec(line.raw.trimStart());
    if (group && !brokenInside) {
      groups.push({ county: collapse(group[1]!), raws: [group[2]!.replace(/^ /, '')], countyOnly: false });
    } else if (counties.has(fold(printed)) && !brokenInside) {
      groups.push({ county: printed, raws: [], countyOnly: true });
    } else if (current && !current.countyOnly) {
      current.raws.push(line.raw);
    } else {
      problems.push({ line: line.no, message: msg('rapportering.import.municipalitiesWithoutCounty', { text: printed }) });
      groups.push({ county: '', raws: [line.raw], countyOnly: false });
    }
  }
  return groups.map(({ county, raws, countyOnly }) => ({
    county,
    countyOnly,
    names: countyOnly ? [county] : joinPrinted(raws).split(/\s*,\s*/).filter((name) => name !== ''),
  }));
}
