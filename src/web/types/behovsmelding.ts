// Shapes of the behovsmelding APIs (rounds, applications, fields, submissions, attachments) as the UI reads them.
// The server's use cases return exactly these (src/usecases/behovsmelding/*). Routes: docs/behovsmelding-api.md.
import type { ApplicationVerb, RoundVerb } from '../../domain/behovsmelding/policy.ts';
import type { TRoundStatus } from '../../domain/behovsmelding/round-status.ts';
import type { TApplicationIssue, TApplicationValidation } from '../../domain/behovsmelding/validate-application.ts';

export type ApplicationStatus = 'utkast' | 'sendt' | 'returnert';

export type Round = {
  id: string;
  officeId: string;
  officeName: string;
  schemeId: string;
  schemeName: string;
  year: number;
  title: string;
  /** Europe/Oslo wall-clock time as entered: `2023-12-01T23:59:59`. */
  opensAtLocal: string;
  deadlineLocal: string;
  status: TRoundStatus;
  budgetFrameKr: number | null;
  guidance: string | null;
  longTermPlanUrl: string | null;
  coordinatorAllowed: boolean;
  /** County number → case number, e.g. { '55': '2023/8245', '56': '2023/8244' }. */
  caseNumbers: Record<string, string>;
  applicationCount: number;
  version: number;
};

export type Extension = {
  partnershipId: string;
  partnershipName: string;
  untilLocal: string;
  /** Null when the actor may know that the extension was given but not why (the office's forum and readers). */
  reason: string | null;
  grantedByName: string;
  grantedAt: string;
};

export type RoundDetail = Round & { extensions: Extension[]; allowed: RoundVerb[] };

/** GET /api/behovsmelding/rounds `creates`: the offices to open a round in (null: nothing to offer). */
export type RoundCreates = { round: { officeIds: string[] } | null };

/** GET /api/behovsmelding/applications `creates`: the partnerships to start a behovsmelding for ("Ny behovsmelding"). */
export type ApplicationCreates = { application: { partnershipIds: string[] } | null };

/** A row of the saksbehandler's list of a round. */
export type RoundApplicationRow = {
  id: string;
  status: ApplicationStatus;
  /** The verbs this user may use on the application (`return` offers "Returner" on a sent one). */
  allowed: ApplicationVerb[];
  partnershipId: string;
  partnershipName: string;
  owners: string[];
  uh: string[];
  documentNumber: string | null;
  submittedAt: string | null;
  /** Submitted on an extended deadline. */
  late: boolean;
  /** Has been returned for correction at least once. */
  returned: boolean;
  /** Section 6 per year, this office's parts: what owner and UH ask. */
  years: { year: number; ownerKr: number; uhKr: number; totalKr: number }[];
  /** Sums of the budget tables of this office's parts (computed from the lines). */
  ownerKr: number;
  uhKr: number;
  totalKr: number;
  /** Parts applied for at another office (e.g. Evenes → Nordland), shown but not counted. */
  otherOfficeParts: { name: string; officeId: string; totalKr: number }[];
  errors: number;
  warnings: number;
};

export type RoundApplicationList = {
  round: Round;
  applications: RoundApplicationRow[];
  /** Sums over the listed applications (after filters) against the round's frame. */
  sums: { ownerKr: number; uhKr: number; totalKr: number; budgetFrameKr: number | null; remainingKr: number | null };
};

/** A row of "my applications" (coordinators, editors, UH, staff). */
export type ApplicationSummary = {
  id: string;
  roundId: string;
  roundTitle: string;
  year: number;
  partnershipId: string;
  partnershipName: string;
  status: ApplicationStatus;
  deadlineLocal: string;
  documentNumber: string | null;
  updatedAt: string;
};

export type FieldState = {
  value: unknown;
  version: number;
  updatedByName: string;
  updatedAt: string;
};

export type Attachment = {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedByName: string;
  uploadedAt: string;
};

export type SubmissionInfo = { sequence: number; documentNumber: string; submittedAt: string; submittedByName: string };

export type Application = {
  id: string;
  status: ApplicationStatus;
  round: Round;
  partnership: { id: string; name: string; officeId: string; owners: string[]; uh: string[] };
  /** The verbs this user may use on the application (the server's policy, whatever its status: the form is open
   * with `edit` and status utkast/returnert; `submit` still meets the deadline on the server). */
  allowed: ApplicationVerb[];
  /** Fields saved so far; a field never saved is absent (its value is null, version 0). */
  fields: Record<string, FieldState>;
  /** Pass as `since` to /changes to get later saves. */
  changeCursor: number;
  validation: TApplicationValidation;
  deadline: { closesAt: string; extendedUntilLocal: string | null; onTimeNow: boolean };
  submissions: SubmissionInfo[];
  returnMessage: string | null;
  returnedByName: string | null;
  returnedAt: string | null;
  attachments: Attachment[];
  previousId: string | null;
  version: number;
};

export type SaveFieldResult = { key: string; version: number; updatedByName: string; updatedAt: string; changeCursor: number };

/** details of a 409 CONFLICT from PUT …/fields/:key: someone saved the field after your base version. */
export type FieldConflict = {
  key: string;
  yours: unknown;
  theirs: FieldState;
};

export type FieldChanges = { changeCursor: number; changes: (FieldState & { key: string })[] };

export type FieldHistoryEntry = { id: number; key: string; label: string; value: unknown; version: number; byName: string; at: string };

export type SubmitResult = {
  documentNumber: string;
  submittedAt: string;
  sequence: number;
  receiptEmailTo: string[];
  warnings: TApplicationIssue[];
};
