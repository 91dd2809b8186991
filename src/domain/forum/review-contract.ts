// The samarbeidsforum's API, part "review" (issue 13, point 3): request and answer schemas per endpoint (ADR 017).
// A round's criteria (the secretariat edits them), a member's own review of an item (draft, then submitted), the
// scores of an item as the actor may see them (blind until one's own is in), and the forum's assessment.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZCriteriaOrder, ZCriterionInput } from './criteria.ts';
import { ZReviewInput, ZReviewSubmit } from './review.ts';
import { zExpectedVersion } from '../shared/version.ts';
import { zOptionalText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

export const ZCriterion = z.strictObject({
  id: z.string(),
  position: z.number(),
  title: z.string(),
  description: z.string().nullable(),
});
export type Criterion = z.output<typeof ZCriterion>;

const ZScoreLine = z.strictObject({ criterionId: z.string(), score: z.number().nullable(), comment: z.string().nullable() });

/** A review as shown: whose seat, who wrote it (the deputy in the member's place, or the member), what it says. */
export const ZReviewView = z.strictObject({
  memberId: z.string(),
  memberName: z.string(),
  organisationName: z.string(),
  writtenByName: z.string(),
  /** Written by the deputy in the member's place. */
  byDeputy: z.boolean(),
  comment: z.string().nullable(),
  scores: z.array(ZScoreLine),
  submittedAt: zInstant.nullable(),
  version: z.number(),
});
export type ReviewView = z.output<typeof ZReviewView>;

/** The actor's own review of an item: the seat they act for, the criteria, and the review (null before the first
 * save). */
export const ZMyReview = z.strictObject({
  itemId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  byDeputy: z.boolean(),
  criteria: z.array(ZCriterion),
  review: ZReviewView.nullable(),
});
export type MyReview = z.output<typeof ZMyReview>;

export const ZScoreSpread = z.strictObject({
  criterionId: z.string(),
  count: z.number(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
});

export const REVIEW_PROGRESS = ['ikke-startet', 'utkast', 'sendt', 'inhabil'] as const;

/**
 * The scores of an item as the actor may see them. The secretariat: every counted review side by side with the
 * spread, and how far each seat has come. A member: their own review always; the others' and the spread only once
 * their own is submitted (`othersShown` says which) — before that `reviews` is empty, not merely hidden in the UI.
 */
export const ZItemScores = z.strictObject({
  itemId: z.string(),
  criteria: z.array(ZCriterion),
  mine: ZReviewView.nullable(),
  othersShown: z.boolean(),
  /** The submitted reviews that count (the actor's own included once shown), by member name. */
  reviews: z.array(ZReviewView),
  spread: z.array(ZScoreSpread),
  /** Per seat, for the secretariat; null for members. */
  progress: z.array(z.strictObject({ memberId: z.string(), memberName: z.string(), organisationName: z.string(), status: z.enum(REVIEW_PROGRESS) })).nullable(),
  assessment: z.string().nullable(),
  /** The item's version: what a change of the assessment names as its `expectedVersion` (added for the item page's
   * editor, which must detect that someone else saved first). */
  version: z.number(),
});
export type ItemScores = z.output<typeof ZItemScores>;

export const ZAssessmentInput = z.strictObject({
  assessment: zOptionalText(msg('forum.label.assessment'), 10_000),
  expectedVersion: zExpectedVersion,
});

const ZRoundParams = z.strictObject({ roundId: z.string() });
const ZCriterionParams = z.strictObject({ roundId: z.string(), id: z.string() });
const ZItemParams = z.strictObject({ id: z.string() });
const ZCriteriaList = z.strictObject({ criteria: z.array(ZCriterion), mayEdit: z.boolean() });

export const reviewContract = {
  listCriteria: endpoint({
    method: 'GET',
    path: '/api/forum/rounds/:roundId/criteria',
    summary: 'Kriteriene forumet vurderer utlysningens behovsmeldinger etter (fylles med standardkriteriene første gang)',
    access: 'sekretariatet, forumets medlemmer og embetets lesere',
    params: ZRoundParams,
    response: ZCriteriaList,
  }),
  createCriterion: endpoint({
    method: 'POST',
    path: '/api/forum/rounds/:roundId/criteria',
    summary: 'Legger til et kriterium sist i utlysningens liste',
    access: 'sekretariatet (saksbehandler i embetet)',
    params: ZRoundParams,
    body: ZCriterionInput,
    status: 201,
    response: z.strictObject({ criterion: ZCriterion }),
  }),
  reorderCriteria: endpoint({
    method: 'PUT',
    path: '/api/forum/rounds/:roundId/criteria/order',
    summary: 'Endrer rekkefølgen på utlysningens kriterier',
    access: 'sekretariatet (saksbehandler i embetet)',
    params: ZRoundParams,
    body: ZCriteriaOrder,
    response: ZCriteriaList,
  }),
  updateCriterion: endpoint({
    method: 'PUT',
    path: '/api/forum/rounds/:roundId/criteria/:id',
    summary: 'Endrer tittel og beskrivelse på et kriterium',
    access: 'sekretariatet (saksbehandler i embetet)',
    params: ZCriterionParams,
    body: ZCriterionInput,
    response: z.strictObject({ criterion: ZCriterion }),
  }),
  deleteCriterion: endpoint({
    method: 'DELETE',
    path: '/api/forum/rounds/:roundId/criteria/:id',
    summary: 'Sletter et kriterium ingen har gitt poeng eller kommentar på',
    access: 'sekretariatet (saksbehandler i embetet)',
    params: ZCriterionParams,
    status: 204,
    response: null,
  }),
  getMyReview: endpoint({
    method: 'GET',
    path: '/api/forum/items/:id/review',
    summary: 'Min vurdering av en sak (for min plass i forumet, eller som vara i medlemmets sted)',
    access: 'medlem (eller vara i medlemmets sted) som ikke er inhabil; aldri sekretariatet eller admin',
    params: ZItemParams,
    response: ZMyReview,
  }),
  saveMyReview: endpoint({
    method: 'PUT',
    path: '/api/forum/items/:id/review',
    summary: 'Lagrer min vurdering som utkast (poeng 1–5 og kommentar per kriterium, og en samlet kommentar)',
    access: 'medlem (eller vara i medlemmets sted) som ikke er inhabil; aldri sekretariatet eller admin',
    params: ZItemParams,
    body: ZReviewInput,
    response: ZMyReview,
  }),
  submitMyReview: endpoint({
    method: 'POST',
    path: '/api/forum/items/:id/review/submit',
    summary: 'Sender inn min vurdering (alle kriteriene må ha poeng); deretter kan den ikke endres',
    access: 'medlem (eller vara i medlemmets sted) som ikke er inhabil; aldri sekretariatet eller admin',
    params: ZItemParams,
    body: ZReviewSubmit,
    response: ZMyReview,
  }),
  getItemScores: endpoint({
    method: 'GET',
    path: '/api/forum/items/:id/scores',
    summary: 'Medlemmenes poeng og kommentarer til en sak, side om side med spredningen',
    access: 'sekretariatet; et medlem som ikke er inhabil ser andres først når egen vurdering er sendt inn',
    params: ZItemParams,
    response: ZItemScores,
  }),
  saveAssessment: endpoint({
    method: 'PUT',
    path: '/api/forum/items/:id/assessment',
    summary: 'Skriver forumets vurdering av behovsmeldingen i saken',
    access: 'sekretariatet (saksbehandler i embetet)',
    params: ZItemParams,
    body: ZAssessmentInput,
    response: z.strictObject({ itemId: z.string(), assessment: z.string().nullable(), version: z.number() }),
  }),
} as const;
