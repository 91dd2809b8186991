// What earlier multi-year promises hold of a budget frame (issue 14, Must show: the next year's frame shows the
// binding reservation of a three-year tilsagn). The forum's adoption reserves a measure's later years provisionally
// ('foreløpig'); the approved tilsagn makes them binding ('bindende', src/domain/tilsagn/reservations.ts).
//
// Only reservations still held count: one a later round's application took over (consumed_by set at that round's
// adoption) is that round's own allocation now and counted there — as the allocation screen does
// (allocation-totals.ts), so the same kroner are never counted twice.

/** A group of reservations against one frame year, as the repository sums them per status. */
export type TReservationSum = { status: string; heldKr: number };

export type TFrameReservations = { provisionalKr: number; bindingKr: number };

/** The held sums split by status. A status other than 'bindende' still holds money, so it counts as provisional. */
export function frameReservations(sums: readonly TReservationSum[]): TFrameReservations {
  let provisionalKr = 0;
  let bindingKr = 0;
  for (const s of sums) {
    if (s.status === 'bindende') bindingKr += s.heldKr;
    else provisionalKr += s.heldKr;
  }
  return { provisionalKr, bindingKr };
}

/** What is left of the frame after the reservations; negative when they exceed it. */
export function frameRemaining(amountKr: number, reserved: TFrameReservations): number {
  return amountKr - reserved.provisionalKr - reserved.bindingKr;
}
