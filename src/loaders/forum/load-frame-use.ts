// What rests on an office's frames (its rounds, reservations), read once for a list or a single frame.
import type { DbOrTx } from '../../db/client.ts';
import { listOfficeRounds, sumOfficeReservations, type FrameKey } from '../../db/forum-frame-repository.ts';
import { frameReservations } from '../../domain/forum/frame-reservations.ts';
import type { FrameUse } from '../../views/forum/frame-view.ts';

type YearKey = Omit<FrameKey, 'officeId'>;

/** A lookup from scheme and year to what rests on that frame of the office. */
export async function loadFrameUse(db: DbOrTx, officeId: string): Promise<(key: YearKey) => FrameUse> {
  return (await loadFrameUses(db, officeId)).useOf;
}

/** The lookup, and every scheme and year that reservations count against — also years with no frame entered, which
 * the frames page shows so a promise beyond the entered frames is not missed. */
export async function loadFrameUses(db: DbOrTx, officeId: string): Promise<{ useOf: (key: YearKey) => FrameUse; reservedKeys: YearKey[] }> {
  const rounds = await listOfficeRounds(db, officeId);
  const reservations = await sumOfficeReservations(db, officeId);
  const useOf = ({ schemeId, year }: YearKey): FrameUse => {
    const round = rounds.find((r) => r.schemeId === schemeId && r.year === year);
    const ofFrame = reservations.filter((r) => r.schemeId === schemeId && r.year === year);
    return {
      round: round ? { id: round.id, title: round.title } : null,
      reservationCount: ofFrame.reduce((n, r) => n + r.n, 0),
      reserved: frameReservations(ofFrame),
    };
  };
  const reservedKeys = [...new Map(reservations.map((r) => [`${r.schemeId}|${r.year}`, { schemeId: r.schemeId, year: r.year }])).values()];
  return { useOf, reservedKeys };
}
