// The outbox page's query: which page of queued e-mail, newest first, all or the failed only. The admin reads mail here rather than in the
// server log, which holds no recipients or texts (issue 8, finding 8).
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

export const OUTBOX_PAGE_SIZE = 50;

export const ZOutboxQuery = z.object({
  /** "Bare feilede": only the mail the worker gave up on. */
  onlyFailed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  page: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 1))
    .pipe(
      z
        .number({ error: msg('shared.pageNotNumber') })
        .int({ message: msg('shared.pageNotWhole') })
        .min(1, { message: msg('shared.pageTooSmall') })
        .max(100_000, { message: msg('shared.pageTooLarge') }),
    ),
});
export type TOutboxQuery = z.output<typeof ZOutboxQuery>;
