// The query strings of the behovsmelding lists, as the use cases parse them (and the API contract declares them). A
// value that does not fit is left out rather than refused: a hand-edited address still shows the list.
import { z } from 'zod';

/** GET /api/behovsmelding/rounds: the rounds of one office, or one year. */
export const ZRoundListQuery = z.object({
  officeId: z.string().trim().max(50).optional().transform((v) => v || undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

/** GET /api/behovsmelding/rounds/:id/applications: status ('sen': submitted on an extension), free text, sorting. */
export const ZRoundApplicationsQuery = z.object({
  status: z.enum(['utkast', 'sendt', 'returnert', 'sen']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().transform((v) => v?.toLocaleLowerCase('nb') || undefined),
  sort: z.enum(['partnership', 'status', 'total', 'submitted']).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
});

/** GET /api/behovsmelding/applications/:id/changes: the saves after this change cursor (0, or anything that is not
 * one, for all). */
export const ZFieldChangesQuery = z.object({
  since: z
    .union([z.number(), z.string()])
    .optional()
    .catch(undefined)
    .transform((v) => (Number.isSafeInteger(Number(v)) && Number(v) >= 0 ? Number(v) : 0)),
});

/** GET /api/behovsmelding/applications/:id/history: one field's saves, or (no key) every field's. */
export const ZFieldHistoryQuery = z.object({
  key: z.string().optional(),
});

/** GET /api/behovsmelding/applications/:id/export.:format: `utkast=1` exports the draft as it is now (JSON, or PDF marked UTKAST). */
export const ZApplicationExportQuery = z.object({
  utkast: z.literal('1').optional(),
});
