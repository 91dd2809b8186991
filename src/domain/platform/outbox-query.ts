// The outbox page's query: which page of queued e-mail, newest first. The admin reads mail here rather than in the
// server log, which holds no recipients or texts (issue 8, finding 8).
import { z } from 'zod';

export const OUTBOX_PAGE_SIZE = 50;

export const ZOutboxQuery = z.object({
  page: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 1))
    .pipe(
      z
        .number({ error: 'Sidenummer må være et tall' })
        .int({ message: 'Sidenummer må være et helt tall' })
        .min(1, { message: 'Sidenummer må være 1 eller mer' })
        .max(100_000, { message: 'Sidenummeret er for stort' }),
    ),
});
export type TOutboxQuery = z.output<typeof ZOutboxQuery>;
