// The samarbeidsforum's API, part "frames" (issue 13, point 4): an office's budget frames per scheme and year, set
// and deleted by its secretariat, read by the secretariat, the forum's members and the office's readers (ADR 017).
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZFrameInput } from './frame.ts';
import { BUDGET_FRAME_VERBS } from './policy.ts';

/** One frame: a scheme's money for a year at the office. */
export const ZFrame = z.strictObject({
  schemeId: z.string(),
  year: z.number(),
  amountKr: z.number(),
  /** True: confirmed by the allocation letter; false: an estimate (anslag). */
  confirmed: z.boolean(),
  /** Where the figure comes from ("Tildelingsbrev 2025, pkt. 3"). */
  source: z.string().nullable(),
  version: z.number(),
  updatedAt: zInstant,
  /** The office's round of this scheme and year, which shows the frame. */
  roundId: z.string().nullable(),
  /** An estimate nothing rests on (no round, no reservation) may be deleted. */
  deletable: z.boolean(),
  /** Kroner earlier multi-year promises hold of the frame (issue 14): reserved by the forum's adoption… */
  reservedProvisionalKr: z.number(),
  /** …and bound by an approved tilsagn. */
  reservedBindingKr: z.number(),
  /** The frame minus both reservations; negative when they exceed it. */
  remainingKr: z.number(),
});
export type Frame = z.output<typeof ZFrame>;

/** A year that promises hold money in although no frame is entered for it. */
export const ZUnframedReservation = z.strictObject({
  year: z.number(),
  reservedProvisionalKr: z.number(),
  reservedBindingKr: z.number(),
});
export type UnframedReservation = z.output<typeof ZUnframedReservation>;

/** A scheme's frames at the office, by year. */
export const ZSchemeFrames = z.strictObject({
  schemeId: z.string(),
  schemeName: z.object({ nb: z.string() }).catchall(z.string()),
  active: z.boolean(),
  frames: z.array(ZFrame),
  /** Years with reservations but no frame entered, by year. */
  unframedReservations: z.array(ZUnframedReservation),
});

export const ZFrameList = z.strictObject({
  officeId: z.string(),
  officeName: z.string(),
  /** The verbs this actor has on the office's frames: the page offers editing with `edit`. */
  allowed: z.array(z.enum(BUDGET_FRAME_VERBS)),
  /** Every active scheme, and an inactive one that has frames at the office. */
  schemes: z.array(ZSchemeFrames),
});
export type FrameList = z.output<typeof ZFrameList>;

const ZOfficeParams = z.strictObject({ officeId: z.string() });
/** `year` stays text here: the use case words the complaint about one that is not a year. */
const ZFrameParams = z.strictObject({ officeId: z.string(), schemeId: z.string(), year: z.string() });

export const framesContract = {
  listFrames: endpoint({
    method: 'GET',
    path: '/api/forum/offices/:officeId/frames',
    summary: 'Embetets budsjettrammer per ordning og år',
    access: 'saksbehandler, samarbeidsforum og lesere i embetet',
    params: ZOfficeParams,
    response: ZFrameList,
  }),
  setFrame: endpoint({
    method: 'PUT',
    path: '/api/forum/offices/:officeId/frames/:schemeId/:year',
    summary: 'Fører inn eller endrer budsjettrammen for en ordning og et år (bekreftet eller anslag)',
    access: 'saksbehandler i embetet',
    params: ZFrameParams,
    body: ZFrameInput,
    response: z.strictObject({ frame: ZFrame }),
  }),
  deleteFrame: endpoint({
    method: 'DELETE',
    path: '/api/forum/offices/:officeId/frames/:schemeId/:year',
    summary: 'Sletter et anslag som ingen utlysning eller reservasjon bygger på',
    access: 'saksbehandler i embetet',
    params: ZFrameParams,
    status: 204,
    response: null,
  }),
} as const;
