// The samarbeidsforum's API, part "innstilling" (issue 13): request and answer schemas per endpoint (ADR 017).
// Votes on an item, recording its adoption, adopting the round's innstilling, and the innstilling itself (as data
// and as PDF/DOCX).
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { VOTE_OPTIONS, ZDecisionInput, ZVoteCounts } from './decision.ts';
import { ALLOCATION_VERBS } from './policy.ts';
import { INNSTILLING_STATES } from './innstilling.ts';

export const INNSTILLING_EXPORT_FORMATS = ['pdf', 'docx'] as const;

export const ZVoteInput = z.strictObject({ option: z.enum(VOTE_OPTIONS) });

export const ZAdoptInput = z.strictObject({ meetingId: z.string() });

const ZItemParams = z.strictObject({ id: z.string() });
const ZRoundParams = z.strictObject({ roundId: z.string() });

/** An item's decision as recorded. */
export const ZItemDecision = z.strictObject({
  itemId: z.string(),
  kind: z.enum(['consensus', 'vote']),
  text: z.string().nullable(),
  counts: ZVoteCounts.nullable(),
  dissent: z.string().nullable(),
  decidedAt: zInstant,
});
export type ItemDecision = z.output<typeof ZItemDecision>;

const ZYearSplit = z.strictObject({
  year: z.number(),
  provisional: z.boolean(),
  ownerKr: z.number(),
  uh: z.array(z.strictObject({ orgId: z.string(), name: z.string(), amountKr: z.number() })),
  totalKr: z.number(),
});

export const ZInnstilling = z.strictObject({
  roundId: z.string(),
  roundTitle: z.string(),
  roundYear: z.number(),
  officeName: z.string(),
  state: z.enum(INNSTILLING_STATES),
  adoptedAt: zInstant.nullable(),
  adoptedByName: z.string().nullable(),
  meeting: z.strictObject({ title: z.string(), startsAtLocal: z.string() }).nullable(),
  scenario: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  prioritised: z.array(
    z.strictObject({
      applicationId: z.string(),
      partnershipName: z.string(),
      priority: z.number(),
      owners: z.array(z.string()),
      payeeName: z.string(),
      uh: z.array(z.string()),
      units: z.array(z.strictObject({ label: z.string(), count: z.number() })),
      years: z.array(z.number()),
      durationYears: z.number(),
      split: z.array(ZYearSplit),
      totalKr: z.number(),
      askedKr: z.number(),
      reduced: z.boolean(),
      reason: z.string().nullable(),
      assessment: z.string().nullable(),
    }),
  ),
  notPrioritised: z.array(
    z.strictObject({ applicationId: z.string(), partnershipName: z.string(), askedKr: z.number(), reason: z.string().nullable(), assessment: z.string().nullable() }),
  ),
  totals: z.array(z.strictObject({ year: z.number(), provisional: z.boolean(), totalKr: z.number() })),
  items: z.array(
    z.strictObject({
      position: z.number(),
      title: z.string(),
      applicationId: z.string().nullable(),
      decisionKind: z.enum(['consensus', 'vote']).nullable(),
      decisionText: z.string().nullable(),
      voteCounts: ZVoteCounts.nullable(),
      dissent: z.string().nullable(),
      recusals: z.array(z.strictObject({ memberName: z.string(), organisationName: z.string(), reason: z.string(), deputyStepsIn: z.boolean() })),
    }),
  ),
});
export type Innstilling = z.output<typeof ZInnstilling>;

/** The innstilling with what this actor may do, and (while a draft) what still stands in the way of adopting. */
export const ZInnstillingAnswer = z.strictObject({
  innstilling: ZInnstilling,
  allowed: z.array(z.enum(ALLOCATION_VERBS)),
  /** Rendered messages; empty when it may be adopted (or is adopted). */
  problems: z.array(z.string()),
});

const secretariat = 'saksbehandlere ved Statsforvalterens kontor (sekretariatet) på et vedtaksført møte; aldri admin i kraft av rollen';
const readers = 'sekretariatet, forumets medlemmer og kontorets lesere';

export const innstillingContract = {
  castVote: endpoint({
    method: 'PUT',
    path: '/api/forum/items/:id/vote',
    summary: 'Avgir eller endrer egen stemme (for, mot, avstår) i en sak som ikke er avgjort',
    access: 'forumets medlemmer (eller vara på deres plass) som er til stede og ikke inhabile; aldri sekretariatet eller admin',
    params: ZItemParams,
    body: ZVoteInput,
    response: z.strictObject({ itemId: z.string(), option: z.enum(VOTE_OPTIONS) }),
  }),
  recordDecision: endpoint({
    method: 'POST',
    path: '/api/forum/items/:id/decision',
    summary: 'Fører forumets vedtak i en sak: konsensus, eller stemmetall (avgitte eller ført inn) og eventuell dissens',
    access: secretariat,
    params: ZItemParams,
    body: ZDecisionInput,
    status: 201,
    response: z.strictObject({ decision: ZItemDecision }),
  }),
  getInnstilling: endpoint({
    method: 'GET',
    path: '/api/forum/rounds/:roundId/innstilling',
    summary: 'Utlysningens innstilling: prioriterte tiltak, fordeling per aktør og år, begrunnelser, vedtak, dissens og inhabilitet',
    access: readers,
    params: ZRoundParams,
    response: ZInnstillingAnswer,
  }),
  adoptInnstilling: endpoint({
    method: 'POST',
    path: '/api/forum/rounds/:roundId/innstilling/adopt',
    summary: 'Fører at forumet vedtok innstillingen, og reserverer senere års beløp foreløpig',
    access: secretariat,
    params: ZRoundParams,
    body: ZAdoptInput,
    response: ZInnstillingAnswer,
  }),
  exportInnstilling: endpoint({
    method: 'GET',
    path: '/api/forum/rounds/:roundId/innstilling.:format',
    summary: 'Innstillingen som tilgjengelig PDF eller Word',
    access: readers,
    params: z.strictObject({ roundId: z.string(), format: z.enum(INNSTILLING_EXPORT_FORMATS) }),
    response: null,
    produces: 'application/octet-stream',
  }),
} as const;
