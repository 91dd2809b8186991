// The start pages' API (issue 12, point 5): what a coordinator and a case officer meet first. One answer with a
// section per kind of work, each null when the actor does no such work: a coordinator's open rounds and own
// applications, a case officer's new submissions, returns awaiting resubmission and rounds closing soon.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { ZApplicationStatus } from './round-contract.ts';

/** An application as a start page lists it: enough to say what it is, where it stands and to link to it. */
export const ZStartApplication = z.strictObject({
  id: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  officeName: z.string(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  status: ZApplicationStatus,
  /** The round's deadline, Oslo wall-clock time. */
  deadlineLocal: z.string(),
  documentNumber: z.string().nullable(),
  submittedAt: zInstant.nullable(),
  submittedByName: z.string().nullable(),
  /** Submitted on an extended deadline. */
  late: z.boolean(),
  /** The office's message when it returned the application for correction, who and when. */
  returnMessage: z.string().nullable(),
  returnedAt: zInstant.nullable(),
  returnedByName: z.string().nullable(),
  /** The end of the resubmission window the return opened (Oslo time), if any. */
  resubmitUntilLocal: z.string().nullable(),
});
export type StartApplication = z.output<typeof ZStartApplication>;

/** A round as a start page lists it. */
export const ZStartRound = z.strictObject({
  id: z.string(),
  title: z.string(),
  officeName: z.string(),
  year: z.number(),
  deadlineLocal: z.string(),
  applicationCount: z.number(),
});

/** A round the coordinator may apply in, with each of their partnerships that may: its own deadline (the round's,
 * or its extension's) and its application if started. */
export const ZStartOpenRound = z.strictObject({
  ...ZStartRound.shape,
  partnerships: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      /** Set when the partnership has an extension: its deadline instead of the round's. */
      extendedUntilLocal: z.string().nullable(),
      applicationId: z.string().nullable(),
      applicationStatus: ZApplicationStatus.nullable(),
    }),
  ),
});
export type StartOpenRound = z.output<typeof ZStartOpenRound>;

export const ZStartOverview = z.strictObject({
  /** For those who write for a partnership (its coordinator, granted editors); null for everyone else. */
  coordinator: z
    .strictObject({
      openRounds: z.array(ZStartOpenRound),
      drafts: z.array(ZStartApplication),
      returned: z.array(ZStartApplication),
      submitted: z.array(ZStartApplication),
    })
    .nullable(),
  /** For an office's case officers; null for everyone else. */
  office: z
    .strictObject({
      /** New submissions are those after this instant: the previous visit as the server remembers it for this user
       * (not this browser), or the default look-back. */
      since: zInstant,
      newSubmissions: z.array(ZStartApplication),
      awaitingResubmission: z.array(ZStartApplication),
      /** Open rounds whose deadline is at most CLOSING_SOON_DAYS away. */
      closingSoon: z.array(ZStartRound),
    })
    .nullable(),
});
export type StartOverview = z.output<typeof ZStartOverview>;

export const startContract = {
  getStartOverview: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/start',
    summary: 'Startsiden: åpne utlysninger og egne behovsmeldinger for koordinatoren; nye innsendinger, returer og frister som nærmer seg for saksbehandleren',
    access: 'innloggede (hver ser sitt eget arbeid)',
    response: ZStartOverview,
  }),
} as const;
