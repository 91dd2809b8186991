// The behovsmelding module's API for rounds (utlysninger), ADR 017: the rounds, their deadline extensions, the
// office's list of a round's applications and the round's exports. Request bodies and queries are the schemas the use
// cases parse; answers are strict. The applications' own endpoints: application-contract.ts.
import { z } from 'zod';
import { endpoint, zInstant, ZIdParams } from '../shared/endpoint.ts';
import { APPLICATION_STATUSES } from './application-resource.ts';
import { ROUND_EXPORT_FORMATS } from './export-format.ts';
import { APPLICATION_VERBS, ROUND_VERBS } from './policy.ts';
import { ZRoundApplicationsQuery, ZRoundListQuery } from './queries.ts';
import { ZExtensionInput, ZRoundInput, ZRoundUpdate } from './round.ts';
import { ROUND_STATUSES } from './round-status.ts';

export const ZApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.output<typeof ZApplicationStatus>;

export const ZRound = z.strictObject({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  schemeId: z.string(),
  schemeName: z.string(),
  year: z.number(),
  title: z.string(),
  /** Europe/Oslo wall-clock time as entered: `2023-12-01T23:59:59`. */
  opensAtLocal: z.string(),
  deadlineLocal: z.string(),
  status: z.enum(ROUND_STATUSES),
  budgetFrameKr: z.number().nullable(),
  guidance: z.string().nullable(),
  longTermPlanUrl: z.string().nullable(),
  coordinatorAllowed: z.boolean(),
  /** County number → case number, e.g. { '55': '2023/8245', '56': '2023/8244' }. */
  caseNumbers: z.record(z.string(), z.string()),
  /** Days before the deadline a reminder goes to partnerships that have not submitted (issue 15). Always sent by
   * the server; optional so the web form's own round values (which do not edit it yet) stay valid. */
  reminderDaysBefore: z.array(z.number()).optional(),
  applicationCount: z.number(),
  version: z.number(),
});
export type Round = z.output<typeof ZRound>;

export const ZExtension = z.strictObject({
  partnershipId: z.string(),
  partnershipName: z.string(),
  untilLocal: z.string(),
  /** Null when the actor may know that the extension was given but not why (the office's forum and readers). */
  reason: z.string().nullable(),
  grantedByName: z.string(),
  grantedAt: zInstant,
});
export type Extension = z.output<typeof ZExtension>;

export const ZRoundDetail = z.strictObject({
  ...ZRound.shape,
  /** The verbs this actor may use on the round (the application list and exports with `review`, the extension form
   * with `extend`). */
  allowed: z.array(z.enum(ROUND_VERBS)),
  extensions: z.array(ZExtension),
});
export type RoundDetail = z.output<typeof ZRoundDetail>;

/** The offices to open a round in (null: nothing to offer). */
export const ZRoundCreates = z.strictObject({ round: z.strictObject({ officeIds: z.array(z.string()) }).nullable() });
export type RoundCreates = z.output<typeof ZRoundCreates>;

/** A row of the office's list of a round. */
export const ZRoundApplicationRow = z.strictObject({
  id: z.string(),
  status: ZApplicationStatus,
  /** The verbs this user may use on the application (`return` offers "Returner" on a sent one). */
  allowed: z.array(z.enum(APPLICATION_VERBS)),
  partnershipId: z.string(),
  partnershipName: z.string(),
  owners: z.array(z.string()),
  uh: z.array(z.string()),
  documentNumber: z.string().nullable(),
  submittedAt: zInstant.nullable(),
  /** Submitted on an extended deadline. */
  late: z.boolean(),
  /** Has been returned for correction at least once. */
  returned: z.boolean(),
  /** The last time the partnership took its submission back (it is a draft again since, or sent anew). */
  withdrawnAt: zInstant.nullable(),
  /** Section 6 per year, this office's parts: what owner and UH ask. */
  years: z.array(z.strictObject({ year: z.number(), ownerKr: z.number(), uhKr: z.number(), totalKr: z.number() })),
  /** Sums of the budget tables of this office's parts (computed from the lines). */
  ownerKr: z.number(),
  uhKr: z.number(),
  totalKr: z.number(),
  /** Parts applied for at another office (e.g. Evenes → Nordland), shown but not counted. */
  otherOfficeParts: z.array(z.strictObject({ name: z.string(), officeId: z.string(), totalKr: z.number() })),
  errors: z.number(),
  warnings: z.number(),
});
export type RoundApplicationRow = z.output<typeof ZRoundApplicationRow>;

export const ZRoundApplicationList = z.strictObject({
  round: ZRound,
  applications: z.array(ZRoundApplicationRow),
  /** Sums over the listed applications (after filters) against the round's frame. */
  sums: z.strictObject({
    ownerKr: z.number(),
    uhKr: z.number(),
    totalKr: z.number(),
    budgetFrameKr: z.number().nullable(),
    remainingKr: z.number().nullable(),
  }),
});
export type RoundApplicationList = z.output<typeof ZRoundApplicationList>;

export const roundContract = {
  listRounds: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/rounds',
    summary: 'Utlysningene, filtrert på embete og år, og hvor brukeren kan opprette en',
    access: 'innloggede',
    query: ZRoundListQuery,
    response: z.strictObject({ rounds: z.array(ZRound), creates: ZRoundCreates }),
  }),
  createRound: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/rounds',
    summary: 'Oppretter en utlysning med frist, saksnumre, ramme og veiledning',
    access: 'saksbehandler i embetet',
    body: ZRoundInput,
    status: 201,
    response: z.strictObject({ round: ZRoundDetail }),
  }),
  getRound: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/rounds/:id',
    summary: 'Én utlysning med utsatte frister (begrunnelsen bare til dem som kan se den)',
    access: 'innloggede',
    params: ZIdParams,
    response: z.strictObject({ round: ZRoundDetail }),
  }),
  updateRound: endpoint({
    method: 'PUT',
    path: '/api/behovsmelding/rounds/:id',
    summary: 'Endrer en utlysning',
    access: 'saksbehandler i embetet (begge embeter ved flytting)',
    params: ZIdParams,
    body: ZRoundUpdate,
    response: z.strictObject({ round: ZRoundDetail }),
  }),
  grantExtension: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/rounds/:id/extensions',
    summary: 'Gir ett partnerskap utsatt frist i utlysningen (erstatter en tidligere)',
    access: 'saksbehandler i embetet',
    params: ZIdParams,
    body: ZExtensionInput,
    response: z.strictObject({ extension: ZExtension }),
  }),
  withdrawExtension: endpoint({
    method: 'DELETE',
    path: '/api/behovsmelding/rounds/:id/extensions/:partnershipId',
    summary: 'Trekker tilbake et partnerskaps utsatte frist i utlysningen',
    access: 'saksbehandler i embetet',
    params: z.strictObject({ id: z.string(), partnershipId: z.string() }),
    status: 204,
    response: null,
  }),
  listRoundApplications: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/rounds/:id/applications',
    summary: 'Behovsmeldingene i utlysningen med beløp, filtrert og sortert, og summene mot rammen',
    access: 'saksbehandler, samarbeidsforum og lesere i embetet',
    params: ZIdParams,
    query: ZRoundApplicationsQuery,
    response: ZRoundApplicationList,
  }),
  exportRound: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/rounds/:id/export.:format',
    summary: 'Utlysningen som regneark (xlsx) eller saksmappe med alle innsendte behovsmeldinger og vedlegg (zip)',
    access: 'saksbehandler, samarbeidsforum og lesere i embetet',
    params: z.strictObject({ id: z.string(), format: z.enum(ROUND_EXPORT_FORMATS) }),
    response: null,
    // XLSX or ZIP, by `format`.
    produces: 'application/octet-stream',
  }),
} as const;
