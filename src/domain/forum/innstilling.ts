// Adopting a round's innstilling (issue 13, point 5): what must be in place, and the provisional reservations the
// adoption makes for later years of multi-year measures.
//
// The forum adopts item by item, then the innstilling as a whole, so the whole may be adopted only when
// - a scenario is chosen (the allocation the innstilling states),
// - every application on the adopting meeting's agenda is decided (consensus or vote),
// - every application not prioritised, or prioritised with less than it asked, has a reason in plain words — the
//   partnership reads it, and forvaltningsloven expects a reason where a request is not met in full.
// Later years of a prioritised measure are promised, not granted: they become 'foreløpig' reservations against those
// years' frames (the vedtak issue makes them binding), so next year's allocation sees the money as already spoken for.
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';

export const INNSTILLING_STATES = ['utkast', 'vedtatt'] as const;
export type TInnstillingState = (typeof INNSTILLING_STATES)[number];

/** One application as the chosen scenario treats it: priority null = not prioritised. */
export type TScenarioApplication = {
  applicationId: string;
  priority: number | null;
  reason: string | null;
  /** What the application asks, this office's parts, all years. */
  askedKr: number;
  /** What the scenario proposes, all years. */
  proposedKr: number;
};

/** Prioritised with less than asked. */
export const isReduced = (a: TScenarioApplication) => a.priority !== null && a.proposedKr < a.askedKr;
const hasReason = (a: TScenarioApplication) => (a.reason ?? '').trim() !== '';

export type TAdoptionFacts = {
  state: TInnstillingState;
  scenarioChosen: boolean;
  /** The meeting's application items, with whether each is decided. */
  items: readonly { title: string; decided: boolean }[];
  applications: readonly TScenarioApplication[];
  /** Partnership names by application id, to name what is missing. */
  names: ReadonlyMap<string, string>;
};

/** What still stands in the way of adopting, each a message token; empty when it may be adopted. */
export function adoptionProblems(f: TAdoptionFacts): string[] {
  const problems: string[] = [];
  if (!f.scenarioChosen) problems.push(msg('forum.innstilling.noScenario'));
  if (f.items.length === 0) problems.push(msg('forum.innstilling.noItems'));
  for (const item of f.items) if (!item.decided) problems.push(msg('forum.innstilling.itemUndecided', { title: item.title }));
  for (const a of f.applications) {
    const name = f.names.get(a.applicationId) ?? a.applicationId;
    if (a.priority === null && !hasReason(a)) problems.push(msg('forum.innstilling.reasonMissingNotPrioritised', { name }));
    else if (isReduced(a) && !hasReason(a)) problems.push(msg('forum.innstilling.reasonMissingReduced', { name }));
  }
  return problems;
}

/** Refuses adopting twice, or while something is missing (the list goes to the UI in `details`). */
export function assertAdoptable(f: TAdoptionFacts): void {
  if (f.state === 'vedtatt') throw new AppError('CONFLICT', msg('forum.innstilling.alreadyAdopted'));
  const problems = adoptionProblems(f);
  if (problems.length > 0) throw new AppError('CONFLICT', msg('forum.innstilling.notReady'), { details: { problems } });
}

export type TAllocationLine = { applicationId: string; year: number; amountKr: number };

/** The reservations an adoption makes: per prioritised application and later year (> the round's year), the sum of
 * its proposed lines — owner and every UH together, since the frame is one sum. Years with nothing make none. */
export function reservationsOf(input: { roundYear: number; prioritisedIds: ReadonlySet<string>; lines: readonly TAllocationLine[] }) {
  const sums = new Map<string, { applicationId: string; year: number; amountKr: number }>();
  for (const l of input.lines) {
    if (l.year <= input.roundYear || !input.prioritisedIds.has(l.applicationId)) continue;
    const key = `${l.applicationId}:${l.year}`;
    const sum = sums.get(key) ?? { applicationId: l.applicationId, year: l.year, amountKr: 0 };
    sum.amountKr += l.amountKr;
    sums.set(key, sum);
  }
  return [...sums.values()].filter((s) => s.amountKr > 0).sort((a, b) => a.applicationId.localeCompare(b.applicationId) || a.year - b.year);
}

/**
 * The earlier reservations this adoption uses up. An application of this round whose `previous_id` chain leads to a
 * reservation's source (year 2 of a measure points at year 1, year 3 at year 2) takes its place:
 * - for the round's own year, always: the application's allocation now counts, the promise no longer does;
 * - for a later year, only where this adoption reserves that year anew for the application — else the earlier
 *   promise still stands for next year's application, and must not be dropped.
 * `previousOf` maps an application to its predecessor.
 */
export function consumedBy(input: {
  roundYear: number;
  applicationIds: readonly string[];
  previousOf: ReadonlyMap<string, string | null>;
  reservations: readonly { id: string; year: number; sourceApplicationId: string; consumedByApplicationId: string | null }[];
  /** What this adoption reserves (reservationsOf). */
  newReservations: readonly { applicationId: string; year: number }[];
}): { reservationId: string; applicationId: string }[] {
  const renewed = new Set(input.newReservations.map((r) => `${r.applicationId}:${r.year}`));
  const out: { reservationId: string; applicationId: string }[] = [];
  for (const applicationId of input.applicationIds) {
    const chain = new Set<string>();
    // Guarded against a cycle in bad data: a chain never holds an application twice.
    for (let prev = input.previousOf.get(applicationId) ?? null; prev !== null && !chain.has(prev); prev = input.previousOf.get(prev) ?? null) chain.add(prev);
    for (const r of input.reservations) {
      if (r.consumedByApplicationId !== null || !chain.has(r.sourceApplicationId)) continue;
      if (r.year === input.roundYear || (r.year > input.roundYear && renewed.has(`${applicationId}:${r.year}`))) out.push({ reservationId: r.id, applicationId });
    }
  }
  return out;
}
