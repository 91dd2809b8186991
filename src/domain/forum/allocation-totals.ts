// The allocation screen's totals (issue 13, point 4): for the round's year and the next two, the frame (confirmed or
// an estimate, or none yet), what earlier multi-year promises already reserve, what this scenario proposes, the sum
// and how far it is over (positive) or under (negative) the frame, in kroner.
//
// The rule that keeps money from counting twice: a promise made earlier for a later year is a reservation
// (budget_reservation). When that later year's application of the same measure is in this round — its previous_id
// chain leads to the reservation's source application — the application's proposed amount counts and the
// reservation does not: the forum now decides that money again, in the open. A reservation another round's
// application already used up (consumed_by set) is spent there and does not count either; nor do the promises this
// very round made (an adopted innstilling's own reservations are this scenario's later years, already counted).
import type { TLine } from './allocation.ts';

export type TFrameYear = { year: number; amountKr: number; confirmed: boolean };

export type TReservation = {
  id: string;
  year: number;
  amountKr: number;
  sourceApplicationId: string;
  consumedByApplicationId: string | null;
};

/** One of this round's applications: its own parts (the lines that count here) and its previous_id chain. */
export type TRoundApplication = { id: string; ownPartKeys: readonly string[]; ancestorIds: readonly string[] };

export type TYearTotals = {
  year: number;
  frame: { amountKr: number; confirmed: boolean } | null;
  /** Earlier promises still holding money in this year. */
  reservedKr: number;
  /** Earlier promises for this year that this round's applications use up (not in `reservedKr`: shown apart). */
  consumedKr: number;
  /** What this scenario proposes for the year: this year's applications and later years of multi-year ones. */
  proposedKr: number;
  totalKr: number;
  /** `totalKr − frame` (positive: over the frame); null when there is no frame for the year. */
  overKr: number | null;
};

/**
 * Which of this round's applications uses up each reservation: the one adoption already recorded
 * (consumed_by), else the one whose previous_id chain leads to its source. Absent = none here — still held, or
 * spent by another round's application.
 */
export function consumingApplications(applications: readonly TRoundApplication[], reservations: readonly TReservation[]): Map<string, string> {
  const ids = new Set(applications.map((a) => a.id));
  const byReservation = new Map<string, string>();
  for (const r of reservations) {
    if (r.consumedByApplicationId !== null) {
      if (ids.has(r.consumedByApplicationId)) byReservation.set(r.id, r.consumedByApplicationId);
      continue;
    }
    const app = applications.find((a) => a.ancestorIds.includes(r.sourceApplicationId));
    if (app) byReservation.set(r.id, app.id);
  }
  return byReservation;
}

export function allocationTotals(input: {
  years: readonly number[];
  frames: readonly TFrameYear[];
  reservations: readonly TReservation[];
  applications: readonly TRoundApplication[];
  lines: readonly TLine[];
}): TYearTotals[] {
  const roundIds = new Set(input.applications.map((a) => a.id));
  const own = new Set(input.applications.flatMap((a) => a.ownPartKeys.map((k) => `${a.id}|${k}`)));
  // Promises this round made are its own later years, counted as proposed.
  const earlier = input.reservations.filter((r) => !roundIds.has(r.sourceApplicationId));
  const consumedHere = consumingApplications(input.applications, earlier);
  return input.years.map((year) => {
    const frame = input.frames.find((f) => f.year === year);
    const ofYear = earlier.filter((r) => r.year === year);
    const reservedKr = sum(ofYear.filter((r) => r.consumedByApplicationId === null && !consumedHere.has(r.id)).map((r) => r.amountKr));
    const consumedKr = sum(ofYear.filter((r) => consumedHere.has(r.id)).map((r) => r.amountKr));
    const proposedKr = sum(input.lines.filter((l) => l.year === year && own.has(`${l.applicationId}|${l.partKey}`)).map((l) => l.amountKr));
    const totalKr = reservedKr + proposedKr;
    return {
      year,
      frame: frame ? { amountKr: frame.amountKr, confirmed: frame.confirmed } : null,
      reservedKr,
      consumedKr,
      proposedKr,
      totalKr,
      overKr: frame ? totalKr - frame.amountKr : null,
    };
  });
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
