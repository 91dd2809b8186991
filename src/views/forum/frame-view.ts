// A budget frame as the API shows it (src/domain/forum/frames-contract.ts), with the facts that say whether it may
// be deleted, and as the audit log keeps it.
import type { FrameRow } from '../../db/forum-frame-repository.ts';
import type { Frame } from '../../domain/forum/frames-contract.ts';
import { frameDeleteBlocker } from '../../domain/forum/frame.ts';
import { frameRemaining, type TFrameReservations } from '../../domain/forum/frame-reservations.ts';

/** What rests on a frame: the office's round of its scheme and year, and reservations counted against it (how many,
 * and the kroner they still hold by status). */
export type FrameUse = { round: { id: string; title: string } | null; reservationCount: number; reserved: TFrameReservations };

export function frameOut(row: FrameRow, use: FrameUse): Frame {
  return {
    schemeId: row.schemeId,
    year: row.year,
    amountKr: row.amountKr,
    confirmed: row.confirmed,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    roundId: use.round?.id ?? null,
    deletable: frameDeleteBlocker({ confirmed: row.confirmed, roundTitle: use.round?.title ?? null, reservationCount: use.reservationCount }) === null,
    reservedProvisionalKr: use.reserved.provisionalKr,
    reservedBindingKr: use.reserved.bindingKr,
    remainingKr: frameRemaining(row.amountKr, use.reserved),
  };
}

/** What the audit log keeps of a frame. */
export function frameSnapshot(row: FrameRow | undefined) {
  if (!row) return null;
  const { updatedAt: _u, ...rest } = row;
  return rest;
}
