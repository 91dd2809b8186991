// Loads a forum meeting for a use case and answers "not found" the same way everywhere.
import type { DbOrTx } from '../../db/client.ts';
import { findMeeting, type ForumMeetingRow } from '../../db/forum-meeting-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function loadMeeting(db: DbOrTx, id: string): Promise<ForumMeetingRow> {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw AppError.notFound(msg('forum.meeting.notFound'));
  return meeting;
}
