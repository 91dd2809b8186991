// The behovsmelding module's API for applications (ADR 017): the list and the start, one application with its fields
// and live validation, the autosave of one field (its 409 conflict is an error answer, through the error handler),
// the changes others saved and the history, submit and return, the frozen submissions, attachments and exports.
// Request bodies and queries are the schemas the use cases parse; answers are strict. Rounds: round-contract.ts.
import { z } from 'zod';
import { ZAnswerChanges, ZAnswerState, ZResponseHistoryEntry, ZSaveAnswerResult } from '../questionnaire/contract.ts';
import { ZPartnershipForumView } from '../forum/partnership-status.ts';
import { endpoint, zInstant, ZIdParams } from '../shared/endpoint.ts';
import { SNAPSHOT_FORMAT, type TApplicationSnapshot } from './application-snapshot.ts';
import { BUDGET_ISSUE_CODES, type TBudgetIssue, type TBudgetIssueCode } from './budget-issue.ts';
import type { TBudgetTableResult, TLineResult } from './budget-table.ts';
import { APPLICATION_EXPORT_FORMATS } from './export-format.ts';
import { APPLICATION_VERBS } from './policy.ts';
import { ZApplicationExportQuery, ZFieldChangesQuery, ZFieldHistoryQuery } from './queries.ts';
import { ZCreateApplication, ZReturnInput, ZSaveField } from './round.ts';
import { ZApplicationStatus, ZRound } from './round-contract.ts';
import { SECTION_NUMBERS, type TApplicationValidation } from './validate-application.ts';

// ---- The validation (validate-application.ts) as the API sends it -----------------------------------------------

const ZBudgetIssue = z.strictObject({
  severity: z.enum(['error', 'warning']),
  code: z.enum(Object.keys(BUDGET_ISSUE_CODES) as [TBudgetIssueCode, ...TBudgetIssueCode[]]),
  path: z.string(),
  message: z.string(),
  differenceKr: z.number().optional(),
});

export const ZApplicationIssue = z.strictObject({
  ...ZBudgetIssue.shape,
  fieldKey: z.string(),
  section: z.literal(SECTION_NUMBERS),
});
export type ApplicationIssue = z.output<typeof ZApplicationIssue>;

// A budget table's lines may have detail tables of their own: the schemas refer to each other.
const ZLineResult: z.ZodType<TLineResult, TLineResult> = z.lazy(() =>
  z.strictObject({
    kind: z.enum(['item', 'percentage', 'subtotal']),
    description: z.string(),
    path: z.string(),
    stated: z.number().nullable(),
    computed: z.number(),
    difference: z.number().nullable(),
    factorsTimesPrice: z.number().nullable(),
    base: z.number().nullable(),
    details: ZBudgetTableResult.nullable(),
    issues: z.array(ZBudgetIssue),
  }),
);
const ZBudgetTableResult: z.ZodType<TBudgetTableResult, TBudgetTableResult> = z.lazy(() =>
  z.strictObject({
    path: z.string(),
    lines: z.array(ZLineResult),
    total: z.number(),
    statedTotal: z.number().nullable(),
    totalDifference: z.number().nullable(),
    issues: z.array(ZBudgetIssue),
  }),
);

const ZAmounts = z.strictObject({ owner: z.number(), uh: z.number(), total: z.number() });

const ZApplicationTotals = z.strictObject({
  parts: z.array(
    z.strictObject({
      index: z.number(),
      path: z.string(),
      name: z.string(),
      otherOfficeId: z.string().nullable(),
      countsTowardsOffice: z.boolean(),
      owner: ZBudgetTableResult.nullable(),
      uh: ZBudgetTableResult.nullable(),
      amounts: ZAmounts,
    }),
  ),
  office: ZAmounts,
  allParts: ZAmounts,
  grantUseByYear: z.array(z.strictObject({ year: z.number(), ownerKr: z.number(), uhKr: z.number(), totalKr: z.number() })),
});

export const ZApplicationValidation = z.strictObject({
  issues: z.array(ZApplicationIssue),
  sections: z.array(
    z.strictObject({
      section: z.literal(SECTION_NUMBERS),
      title: z.string(),
      status: z.enum(['tom', 'påbegynt', 'fullført', 'har-feil']),
      errors: z.number(),
      warnings: z.number(),
    }),
  ),
  /** Null when the budget does not parse (its errors are in `issues`). */
  totals: ZApplicationTotals.nullable(),
  canSubmit: z.boolean(),
});
export type ApplicationValidation = z.output<typeof ZApplicationValidation>;

/** The frozen record of a submission (application-snapshot.ts), as it was sent. */
export const ZApplicationSnapshot = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  applicationId: z.string(),
  documentNumber: z.string(),
  sequence: z.number(),
  submittedAt: zInstant,
  submittedByName: z.string(),
  onExtension: z.boolean(),
  round: z.strictObject({
    id: z.string(),
    title: z.string(),
    year: z.number(),
    officeId: z.string(),
    officeName: z.string(),
    schemeId: z.string(),
    schemeName: z.string(),
    deadlineLocal: z.string(),
    caseNumber: z.string(),
    countyNumber: z.string(),
    coordinatorAllowed: z.boolean(),
    officeNames: z.record(z.string(), z.string()).optional(),
  }),
  partnership: z.strictObject({ id: z.string(), name: z.string(), applicantName: z.string(), owners: z.array(z.string()), uh: z.array(z.string()) }),
  values: z.record(z.string(), z.unknown()),
  totals: ZApplicationTotals.nullable(),
  warnings: z.array(ZApplicationIssue),
  attachments: z.array(z.strictObject({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number(), sha256: z.string() })),
});

// The schemas say exactly the domain's types, both ways (a field added to either fails to compile here).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _IssueMatches = Assert<Exactly<z.output<typeof ZBudgetIssue>, TBudgetIssue>>;
type _ValidationMatches = Assert<Exactly<ApplicationValidation, TApplicationValidation>>;
type _SnapshotMatches = Assert<Exactly<z.output<typeof ZApplicationSnapshot>, TApplicationSnapshot>>;

// ---- The application -------------------------------------------------------------------------------------------

// A field's saved state, a save's result and the changes since a cursor are the questionnaire engine's (ADR 020): the
// behovsmelding is co-edited as the engine's responses are, by the one field store in the browser.
export const ZFieldState = ZAnswerState;
export type FieldState = z.output<typeof ZFieldState>;

export const ZAttachment = z.strictObject({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedByName: z.string(),
  uploadedAt: zInstant,
});
export type Attachment = z.output<typeof ZAttachment>;

export const ZSubmissionInfo = z.strictObject({ sequence: z.number(), documentNumber: z.string(), submittedAt: zInstant, submittedByName: z.string() });
export type SubmissionInfo = z.output<typeof ZSubmissionInfo>;

export const ZApplicationPartnership = z.strictObject({
  id: z.string(),
  name: z.string(),
  officeId: z.string(),
  owners: z.array(z.string()),
  uh: z.array(z.string()),
});
export type ApplicationPartnership = z.output<typeof ZApplicationPartnership>;

/** Unused money of an earlier tilsagn the office decided to hold over to this round's year for the partnership (issue
 * 15): shown beside section 6.1, never written into the applicant's own figures there. */
export const ZHeldOverByOffice = z.strictObject({
  year: z.number(),
  ownerKr: z.number(),
  uhKr: z.number(),
  totalKr: z.number(),
  /** Each decision, with the tilsagn it came from (its document number) and the year it was unused in. */
  sources: z.array(z.strictObject({ recipient: z.enum(['owner', 'uh']), amountKr: z.number(), fromYear: z.number(), documentNumber: z.string().nullable() })),
});
export type HeldOverByOffice = z.output<typeof ZHeldOverByOffice>;

export const ZApplication = z.strictObject({
  id: z.string(),
  status: ZApplicationStatus,
  round: ZRound,
  partnership: ZApplicationPartnership,
  /** The verbs this user may use on the application (the server's policy, whatever its status: the form is open
   * with `edit` and status utkast/returnert; `submit` still meets the deadline on the server). */
  allowed: z.array(z.enum(APPLICATION_VERBS)),
  /** Fields saved so far; a field never saved is absent (its value is null, version 0). */
  fields: z.record(z.string(), ZFieldState),
  /** Pass as `since` to /changes to get later saves. */
  changeCursor: z.number(),
  validation: ZApplicationValidation,
  /** `resubmitUntilLocal`: the window a return opened (Oslo time), which lets a resubmission in after the round's
   * deadline; `closesAt` is the last of the deadlines that apply. */
  deadline: z.strictObject({ closesAt: zInstant, extendedUntilLocal: z.string().nullable(), resubmitUntilLocal: z.string().nullable(), onTimeNow: z.boolean() }),
  submissions: z.array(ZSubmissionInfo),
  returnMessage: z.string().nullable(),
  returnedByName: z.string().nullable(),
  returnedAt: zInstant.nullable(),
  /** The last time a submission was taken back (a draft again), and by whom. */
  withdrawnAt: zInstant.nullable(),
  withdrawnByName: z.string().nullable(),
  attachments: z.array(ZAttachment),
  previousId: z.string().nullable(),
  version: z.number(),
  /** The samarbeidsforum's work on it as the partnership sees it (issue 13): 'til behandling' once on an agenda,
   * 'innstilt' with its own amounts and the forum's assessment once the innstilling is adopted; null before (or
   * when not submitted). Never a member's scores or comments. */
  forum: ZPartnershipForumView.nullable(),
  /** What the office held over to this year (null: nothing); the applicant's 6.1 figures stay as entered. */
  heldOverByOffice: ZHeldOverByOffice.nullable(),
});
export type Application = z.output<typeof ZApplication>;

/** A row of "my applications" (coordinators, editors, UH, staff). */
export const ZApplicationSummary = z.strictObject({
  id: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  year: z.number(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  status: ZApplicationStatus,
  deadlineLocal: z.string(),
  documentNumber: z.string().nullable(),
  updatedAt: zInstant,
});
export type ApplicationSummary = z.output<typeof ZApplicationSummary>;

/** The partnerships to start a behovsmelding for ("Ny behovsmelding"; null: nothing to offer), and their extensions:
 * a partnership with an extension may start in a round that has closed for the others (issue 12). */
export const ZApplicationCreates = z.strictObject({
  application: z
    .strictObject({
      partnershipIds: z.array(z.string()),
      extensions: z.array(z.strictObject({ roundId: z.string(), partnershipId: z.string(), untilLocal: z.string() })),
    })
    .nullable(),
});
export type ApplicationCreates = z.output<typeof ZApplicationCreates>;

export const ZSaveFieldResult = ZSaveAnswerResult;
export type SaveFieldResult = z.output<typeof ZSaveFieldResult>;

export const ZFieldChanges = ZAnswerChanges;
export type FieldChanges = z.output<typeof ZFieldChanges>;

/** A save in a field's history: the same shape as the engine's (ADR 021). */
export const ZFieldHistoryEntry = ZResponseHistoryEntry;
export type FieldHistoryEntry = z.output<typeof ZFieldHistoryEntry>;

export const ZSubmitResult = z.strictObject({
  documentNumber: z.string(),
  submittedAt: zInstant,
  sequence: z.number(),
  receiptEmailTo: z.array(z.string()),
  warnings: z.array(ZApplicationIssue),
});
export type SubmitResult = z.output<typeof ZSubmitResult>;

const ZAttachmentParams = z.strictObject({ id: z.string(), attachmentId: z.string() });

const readers = 'saksbehandler, samarbeidsforum og lesere i utlysningens embete; partnerskapets koordinator, redaktører og medlemmer';
const writers = 'partnerskapets koordinator og redaktører';

export const applicationContract = {
  listApplications: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications',
    summary: 'Behovsmeldingene brukeren kan lese, og partnerskapene brukeren kan starte en for',
    access: 'innloggede (hver ser behovsmeldingene de kan lese)',
    response: z.strictObject({ applications: z.array(ZApplicationSummary), creates: ZApplicationCreates }),
  }),
  createApplication: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/applications',
    summary: 'Starter et partnerskaps behovsmelding i en åpen utlysning, fylt ut med det partnerskapet vet og eventuelt kopiert fra en tidligere behovsmelding (copyFromId; uten: den fra året før)',
    access: writers,
    body: ZCreateApplication,
    status: 201,
    response: z.strictObject({ application: ZApplication }),
  }),
  getApplication: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id',
    summary: 'Én behovsmelding med feltene, valideringen, fristen, innsendingene og vedleggene',
    access: readers,
    params: ZIdParams,
    response: z.strictObject({ application: ZApplication }),
  }),
  saveField: endpoint({
    method: 'PUT',
    path: '/api/behovsmelding/applications/:id/fields/:key',
    summary: 'Lagrer ett felt (autolagring); 409 med begge verdiene når noen lagret feltet etter baseVersion',
    access: writers,
    params: z.strictObject({ id: z.string(), key: z.string() }),
    body: ZSaveField,
    response: ZSaveFieldResult,
  }),
  listFieldChanges: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id/changes',
    summary: 'Feltene som er lagret etter endringsmarkøren since',
    access: readers,
    params: ZIdParams,
    query: ZFieldChangesQuery,
    response: ZFieldChanges,
  }),
  listFieldHistory: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id/history',
    summary: 'Alle lagringer av feltene (eller ett felt), nyeste først',
    access: readers,
    params: ZIdParams,
    query: ZFieldHistoryQuery,
    response: z.strictObject({ history: z.array(ZFieldHistoryEntry) }),
  }),
  submitApplication: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/applications/:id/submit',
    summary: 'Sender inn behovsmeldingen: journalfører den, fryser innholdet og sender kvittering',
    access: writers,
    params: ZIdParams,
    response: ZSubmitResult,
  }),
  returnApplication: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/applications/:id/return',
    summary: 'Returnerer en innsendt behovsmelding for retting, med melding til søkeren',
    access: 'saksbehandler i utlysningens embete',
    params: ZIdParams,
    body: ZReturnInput,
    response: z.strictObject({ application: ZApplication }),
  }),
  withdrawSubmission: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/applications/:id/withdraw',
    summary: 'Trekker innsendingen tilbake før fristen: behovsmeldingen blir et utkast igjen (innsendingen og dokumentnummeret blir stående)',
    access: writers,
    params: ZIdParams,
    response: z.strictObject({ application: ZApplication }),
  }),
  deleteApplication: endpoint({
    method: 'DELETE',
    path: '/api/behovsmelding/applications/:id',
    summary: 'Sletter et utkast som aldri er sendt inn, med felt, historikk og vedlegg',
    access: writers,
    params: ZIdParams,
    status: 204,
    response: null,
  }),
  getSubmission: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id/submissions/:sequence',
    summary: 'En innsending slik den ble sendt (løpenummer 1 for den første)',
    access: readers,
    params: z.strictObject({ id: z.string(), sequence: z.string() }),
    response: ZApplicationSnapshot,
  }),
  uploadAttachment: endpoint({
    method: 'POST',
    path: '/api/behovsmelding/applications/:id/attachments',
    summary: 'Laster opp ett vedlegg (multipart/form-data med filen i feltet file, ikke JSON; høyst 10 MB)',
    access: writers,
    params: ZIdParams,
    status: 201,
    response: z.strictObject({ attachment: ZAttachment }),
  }),
  getAttachment: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id/attachments/:attachmentId',
    summary: 'Laster ned et vedlegg',
    access: readers,
    params: ZAttachmentParams,
    response: null,
    // The attachment's own type (PDF, Word, Excel …).
    produces: 'application/octet-stream',
  }),
  deleteAttachment: endpoint({
    method: 'DELETE',
    path: '/api/behovsmelding/applications/:id/attachments/:attachmentId',
    summary: 'Sletter et vedlegg mens behovsmeldingen kan endres',
    access: writers,
    params: ZAttachmentParams,
    status: 204,
    response: null,
  }),
  exportApplication: endpoint({
    method: 'GET',
    path: '/api/behovsmelding/applications/:id/export.:format',
    summary: 'Siste innsending som PDF, Word eller JSON; med utkast=1 utkastet slik det er nå (JSON, eller PDF merket UTKAST)',
    access: readers,
    params: z.strictObject({ id: z.string(), format: z.enum(APPLICATION_EXPORT_FORMATS) }),
    query: ZApplicationExportQuery,
    response: null,
    // PDF, DOCX or JSON, by `format`.
    produces: 'application/octet-stream',
  }),
} as const;
