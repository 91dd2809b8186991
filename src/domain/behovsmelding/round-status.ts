// Whether a round (utlysning) is planned, open or closed at a given instant: it opens at `opensAtLocal` and closes at
// the end of its deadline's second (both local Europe/Oslo times, see round-deadline.ts).
// A partnership's extension does not reopen the round; it only lets that partnership submit (isSubmissionOnTime).
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { deadlineClosesAt, osloLocalToInstant, parseLocalDateTime, zLocalDateTime } from './round-deadline.ts';

export const ROUND_STATUSES = ['planlagt', 'åpen', 'stengt'] as const;
export type TRoundStatus = (typeof ROUND_STATUSES)[number];

/** The round's time window as the saksbehandler enters it; the deadline must come after the opening. */
export const ZRoundSchedule = z
  .object({
    opensAtLocal: zLocalDateTime(msg('behovsmelding.label.opensAt')),
    deadlineLocal: zLocalDateTime(msg('behovsmelding.label.deadline')),
  })
  // Only when both times are valid (their own messages say what is wrong otherwise).
  .refine((r) => !parseLocalDateTime(r.opensAtLocal) || !parseLocalDateTime(r.deadlineLocal) || osloLocalToInstant(r.opensAtLocal).getTime() < osloLocalToInstant(r.deadlineLocal).getTime(), {
    message: msg('behovsmelding.deadlineAfterOpening'),
    path: ['deadlineLocal'],
  });
export type TRoundSchedule = z.output<typeof ZRoundSchedule>;

/** 'planlagt' before `opensAtLocal`, 'åpen' from then until the deadline's second has passed, 'stengt' after. */
export function roundStatus(round: { opensAtLocal: string; deadlineLocal: string }, now: Date): TRoundStatus {
  const t = now.getTime();
  if (t < osloLocalToInstant(round.opensAtLocal).getTime()) return 'planlagt';
  if (t < deadlineClosesAt(round.deadlineLocal).getTime()) return 'åpen';
  return 'stengt';
}
