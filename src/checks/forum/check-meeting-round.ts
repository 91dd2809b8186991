// A meeting weighs a round of its own office only.
import type { DbOrTx } from '../../db/client.ts';
import { findRound } from '../../db/forum-meeting-repository.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';

export async function checkMeetingRound(db: DbOrTx, officeId: string, roundId: string | null): Promise<void> {
  if (roundId === null) return;
  const round = await findRound(db, roundId);
  if (!round || round.officeId !== officeId) throw validationError([{ field: 'roundId', message: msg('forum.meeting.roundNotInOffice') }]);
}
