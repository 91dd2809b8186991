// A forum meeting as the secretariat plans it (issue 13 point 1): title, local Oslo time, place, the round it
// weighs; then the notice, attendance, agenda (one item per application, or a topic) and minutes. One schema for
// the browser form and the server.
import { z } from 'zod';
import { zLocalDateTime } from '../behovsmelding/round-deadline.ts';
import { zOptionalText, zText, ZUuid } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { zExpectedVersion } from '../shared/version.ts';

const ZMeetingFields = z.object({
  title: zText(msg('forum.label.meetingTitle'), 300),
  startsAtLocal: zLocalDateTime(msg('forum.label.startsAt')),
  location: zOptionalText(msg('forum.label.location'), 300),
  roundId: ZUuid.nullish().transform((v) => v ?? null),
});

export const ZMeetingInput = ZMeetingFields;
export type TMeetingInput = z.output<typeof ZMeetingInput>;

/** Editing a meeting also writes its minutes. */
export const ZMeetingUpdate = ZMeetingFields.extend({
  minutes: zOptionalText(msg('forum.label.minutes'), 100_000),
  expectedVersion: zExpectedVersion,
});
export type TMeetingUpdate = z.output<typeof ZMeetingUpdate>;

/** Who attended: each member present or not, in person or by the deputy in the member's place. */
export const ZAttendanceInput = z.object({
  attendance: z.array(
    z
      .object({ memberId: ZUuid, present: z.boolean(), byDeputy: z.boolean().default(false) })
      // A deputy attending in the member's place makes the seat present.
      .transform((a) => ({ ...a, present: a.present || a.byDeputy })),
  ),
});
export type TAttendanceInput = z.output<typeof ZAttendanceInput>;

export const ZTopicItemInput = z.object({ title: zText(msg('forum.label.topicTitle'), 500) });

/** The agenda's new order: every item's id, once. */
export const ZItemOrderInput = z.object({ itemIds: z.array(ZUuid) });

/** Whether `itemIds` is exactly the agenda's items in some order. */
export const isPermutationOf = (itemIds: readonly string[], current: readonly string[]): boolean =>
  itemIds.length === current.length && new Set(itemIds).size === itemIds.length && itemIds.every((id) => current.includes(id));

const QUORUM = msg('forum.label.quorum');
export const ZForumSettingsInput = z.object({
  quorum: z
    .number({ error: msg('forum.settings.quorumInvalid', { label: QUORUM }) })
    .int({ message: msg('forum.settings.quorumInvalid', { label: QUORUM }) })
    .min(1, { message: msg('forum.settings.quorumInvalid', { label: QUORUM }) })
    .max(100, { message: msg('forum.settings.quorumInvalid', { label: QUORUM }) }),
  /** Absent on the first save (no settings row yet). */
  expectedVersion: zExpectedVersion.optional(),
});
