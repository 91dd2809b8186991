// The state of a round's application list (status filter, free text, sort column and direction) as it lives in the
// page's address, and how it becomes the API's query (GET /api/behovsmelding/rounds/:id/applications). The server
// filters and sorts; the UI only keeps the choice and shows it (aria-sort on the sorted column).
import type { roundContract } from '../../../../domain/behovsmelding/round-contract.ts';
import type { ArgsOf } from '../../../../domain/shared/endpoint.ts';
import type { RoundApplicationRow } from '../../../types/behovsmelding.ts';

export const STATUS_FILTERS = ['utkast', 'sendt', 'returnert', 'sen'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const SORT_KEYS = ['partnership', 'status', 'total', 'submitted'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export type ApplicationListState = { status: StatusFilter | null; q: string; sort: SortKey; dir: SortDir };

/** The server's order when none is chosen. */
export const DEFAULT_SORT: Pick<ApplicationListState, 'sort' | 'dir'> = { sort: 'partnership', dir: 'asc' };

/** Names in the address: ?status=sen&sok=harstad&sorter=total&retning=desc (defaults left out). */
const PARAM = { status: 'status', q: 'sok', sort: 'sorter', dir: 'retning' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the list state from the address; unknown values fall back to the defaults (a hand-edited link still works). */
export function readListState(params: URLSearchParams): ApplicationListState {
  return {
    status: oneOf(STATUS_FILTERS, params.get(PARAM.status)),
    q: (params.get(PARAM.q) ?? '').trim(),
    sort: oneOf(SORT_KEYS, params.get(PARAM.sort)) ?? DEFAULT_SORT.sort,
    dir: oneOf(['asc', 'desc'] as const, params.get(PARAM.dir)) ?? DEFAULT_SORT.dir,
  };
}

/** The address parameters of a state, leaving out what is the default; other parameters of `base` are kept. */
export function listStateParams(state: ApplicationListState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) next.delete(name);
  if (state.status) next.set(PARAM.status, state.status);
  if (state.q.trim()) next.set(PARAM.q, state.q.trim());
  if (state.sort !== DEFAULT_SORT.sort || state.dir !== DEFAULT_SORT.dir) {
    next.set(PARAM.sort, state.sort);
    next.set(PARAM.dir, state.dir);
  }
  return next;
}

/** The API's arguments for the list: GET /api/behovsmelding/rounds/:id/applications?status=&q=&sort=&dir= (the
 * client leaves the empty ones out). */
export function applicationListArgs(roundId: string, state: ApplicationListState): ArgsOf<typeof roundContract.listRoundApplications> {
  return {
    params: { id: roundId },
    query: { status: state.status ?? undefined, q: state.q.trim(), sort: state.sort, dir: state.dir },
  };
}

/** Clicking a column header: the same column flips its direction, another column starts ascending. */
export function toggleSort(state: ApplicationListState, key: SortKey): ApplicationListState {
  if (state.sort === key) return { ...state, dir: state.dir === 'asc' ? 'desc' : 'asc' };
  return { ...state, sort: key, dir: 'asc' };
}

/** The column's aria-sort: only the sorted column says which way. */
export function ariaSortOf(state: ApplicationListState, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (state.sort !== key) return 'none';
  return state.dir === 'asc' ? 'ascending' : 'descending';
}

/** Every year asked for in section 6 over the listed applications, ascending: one owner and one UH column each. */
export function yearsOf(rows: readonly RoundApplicationRow[]): number[] {
  return [...new Set(rows.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
}

/** What a row asks for a year (0 when it asks nothing that year). */
export function amountsFor(row: RoundApplicationRow, year: number): { ownerKr: number; uhKr: number } {
  const y = row.years.find((x) => x.year === year);
  return { ownerKr: y?.ownerKr ?? 0, uhKr: y?.uhKr ?? 0 };
}

/** The sums of the year columns over the listed rows (the server sums the budget tables; these are section 6). */
export function yearSums(rows: readonly RoundApplicationRow[], years: readonly number[]): { year: number; ownerKr: number; uhKr: number }[] {
  return years.map((year) =>
    rows.reduce(
      (sum, row) => {
        const a = amountsFor(row, year);
        return { year, ownerKr: sum.ownerKr + a.ownerKr, uhKr: sum.uhKr + a.uhKr };
      },
      { year, ownerKr: 0, uhKr: 0 },
    ),
  );
}
