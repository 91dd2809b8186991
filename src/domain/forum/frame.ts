// Budget frames (issue 13, point 4): the money an office may allocate in one scheme and year, entered by the
// secretariat from the year's allocation letter (tildelingsbrev). Later years are estimates (anslag) until a letter
// confirms them. One schema for the frames page and the server.
import { z } from 'zod';
import { zOptionalText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { zKroner } from '../shared/money.ts';
import { zExpectedVersion } from '../shared/version.ts';

/** Frames are for the years the grant schemes can run; outside this a typed year is a slip, not a plan. */
export const FRAME_YEAR_MIN = 2000;
export const FRAME_YEAR_MAX = 2100;

/** The year from the path (text) or a form (number): a whole year within FRAME_YEAR_MIN–FRAME_YEAR_MAX. */
export const zFrameYear = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : v),
  z
    .number({ error: msg('forum.frame.notYear') })
    .int({ message: msg('forum.frame.notYear') })
    .min(FRAME_YEAR_MIN, { message: msg('forum.frame.notYear') })
    .max(FRAME_YEAR_MAX, { message: msg('forum.frame.notYear') }),
);

/**
 * A frame as the secretariat sets it. `expectedVersion`: the version the edit started from, or null for a frame not
 * yet entered — so two people entering the same year at once do not silently overwrite each other.
 */
export const ZFrameInput = z.object({
  amountKr: zKroner(msg('forum.label.frameAmount')),
  confirmed: z.boolean({ error: msg('forum.frame.chooseConfirmed') }),
  source: zOptionalText(msg('forum.label.frameSource'), 500),
  expectedVersion: zExpectedVersion.nullish().transform((v) => v ?? null),
});
export type TFrameInput = z.output<typeof ZFrameInput>;

/** Why a frame may not be deleted, or null when it may: only an estimate nothing rests on. A confirmed frame came
 * from a letter (correct it, do not remove it); a round shows its year's frame; reservations count against it. */
export function frameDeleteBlocker(facts: { confirmed: boolean; roundTitle: string | null; reservationCount: number }): string | null {
  if (facts.confirmed) return msg('forum.frame.confirmedNotDeleted');
  if (facts.roundTitle !== null) return msg('forum.frame.usedByRound', { title: facts.roundTitle });
  if (facts.reservationCount > 0) return msg('forum.frame.usedByReservations');
  return null;
}
