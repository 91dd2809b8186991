// What rests on an office's frames (its rounds, reservations), read once for a list or a single frame.
import type { DbOrTx } from '../../db/client.ts';
import { countOfficeReservations, listOfficeRounds, type FrameKey } from '../../db/forum-frame-repository.ts';
import type { FrameUse } from '../../views/forum/frame-view.ts';

/** A lookup from scheme and year to what rests on that frame of the office. */
export async function loadFrameUse(db: DbOrTx, officeId: string): Promise<(key: Omit<FrameKey, 'officeId'>) => FrameUse> {
  const rounds = await listOfficeRounds(db, officeId);
  const reservations = await countOfficeReservations(db, officeId);
  return ({ schemeId, year }) => {
    const round = rounds.find((r) => r.schemeId === schemeId && r.year === year);
    return {
      round: round ? { id: round.id, title: round.title } : null,
      reservationCount: reservations.find((r) => r.schemeId === schemeId && r.year === year)?.n ?? 0,
    };
  };
}
