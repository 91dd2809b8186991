// The municipalities question (3.2) as printed: grouped by county, `<County>: <name>, <name>`, or the county alone
// when the county itself was picked. The county comes from the reference data and, for a name it does not know (an
// older or fictional one), from the report's title. Counties print title-cased in these lists ("Troms Og Finnmark"),
// as the portal printed them.
import { fold } from '../import/fuzzy.ts';

export type TCountyOf = (municipality: string) => string | null | undefined;

/** `names: null` is the county picked as a whole. */
export type TCountyGroup = { county: string; names: string[] | null };

export function titleCased(county: string): string {
  return county.replace(/(^|\s)(\p{Ll})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** Groups in the order their first name comes, names in the order given: a list already grouped (as every printout
 * and the form give it) prints in its own order. */
export function countyGroups(names: readonly string[], titleCounty: string, countyOf?: TCountyOf): TCountyGroup[] {
  const groups: TCountyGroup[] = [];
  for (const name of names) {
    const reference = countyOf?.(name);
    if (fold(name) === fold(titleCounty) || (reference && fold(reference) === fold(name))) {
      groups.push({ county: name, names: null });
      continue;
    }
    const county = titleCased(reference || titleCounty);
    const group = groups.find((g) => g.names !== null && fold(g.county) === fold(county));
    if (group) group.names!.push(name);
    else groups.push({ county, names: [name] });
  }
  return groups;
}
