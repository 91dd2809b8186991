// The utbetaling module's API, part "overview" (issue 15, point 2): the office's money per year for a scheme (or all
// its schemes) — reserved, decided, accepted, paid, held over, offset, claimed and received — with the verbs the
// actor has on the office's money (`allowed`), so a page offers only those. The sums are money-overview.ts's.
import { z } from 'zod';
import { endpoint } from '../shared/endpoint.ts';
import { msg } from '../shared/message-keys.ts';
import { ACCOUNT_CHANGE_VERBS, UTBETALING_VERBS } from './policy.ts';

/** `embete` is required (the office whose money it is); a missing or unknown `ordning` means every scheme. */
export const ZMoneyOverviewQuery = z.object({
  embete: z.string({ error: msg('utbetaling.overview.officeRequired') }).trim().min(1, { message: msg('utbetaling.overview.officeRequired') }).max(50),
  ordning: z.string().trim().max(50).optional().catch(undefined).transform((v) => v || undefined),
});

export const ZMoneyFigures = z.strictObject({
  /** Later years' promises made by the forum's adoption… */
  reservedProvisionalKr: z.number(),
  /** …and bound by an issued tilsagn. */
  reservedBindingKr: z.number(),
  /** Lines of issued tilsagn in force. */
  decidedKr: z.number(),
  /** Of those, accepted by the partnership. */
  acceptedKr: z.number(),
  /** Paid by the finance system (batches 'betalt'). */
  paidKr: z.number(),
  /** Unused money of the year held over to the same measure… */
  heldOverKr: z.number(),
  /** …set off against a later payment… */
  offsetKr: z.number(),
  /** …claimed back (received ones included)… */
  claimedKr: z.number(),
  /** …and received. */
  receivedKr: z.number(),
});

export const ZMoneyOverview = z.strictObject({
  officeId: z.string(),
  officeName: z.string(),
  /** The scheme shown; null: every scheme of the office together. */
  schemeId: z.string().nullable(),
  /** The schemes the office has rounds of (Bokmål names), to choose from. */
  schemes: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  allowed: z.array(z.enum(UTBETALING_VERBS)),
  /** What the actor may do with the office's account changes (the page links to them only for those who may read them). */
  accountChangesAllowed: z.array(z.enum(ACCOUNT_CHANGE_VERBS)),
  /** One row per year with money in it, oldest first. */
  years: z.array(z.strictObject({ year: z.number(), ...ZMoneyFigures.shape })),
  total: ZMoneyFigures,
});
export type MoneyOverview = z.output<typeof ZMoneyOverview>;

export const overviewContract = {
  getMoneyOverview: endpoint({
    method: 'GET',
    path: '/api/utbetaling/overview',
    summary: 'Embetets midler per år for en ordning: reservert, vedtatt, akseptert, utbetalt, overført, motregnet, krevd tilbake og mottatt',
    access: 'saksbehandlere, budsjettdisponenter og lesere i embetet',
    query: ZMoneyOverviewQuery,
    response: ZMoneyOverview,
  }),
} as const;
