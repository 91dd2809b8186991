// The frame a request names by path (office, scheme, year), checked: the year a real one within the schemes' span,
// the office and the scheme known. Shared by setting and deleting a frame.
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { FrameKey } from '../../db/forum-frame-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { zFrameYear } from '../../domain/forum/frame.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { loadFrameOffice } from '../../loaders/forum/load-frame-office.ts';

export async function checkedFrameKey(db: DbOrTx, path: { officeId: string; schemeId: string; year: string | number }): Promise<FrameKey> {
  const { year } = parseInput(z.object({ year: zFrameYear }), { year: path.year });
  await loadFrameOffice(db, path.officeId);
  if (!(await findScheme(db, path.schemeId))) throw validationError([{ field: 'schemeId', message: msg('forum.frame.unknownScheme', { scheme: path.schemeId }) }]);
  return { officeId: path.officeId, schemeId: path.schemeId, year };
}
