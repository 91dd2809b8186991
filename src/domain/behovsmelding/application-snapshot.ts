// What is frozen when a behovsmelding is submitted: the field values, the round and partnership as they were, the
// totals computed from the budget lines and the validation's warnings. Documents (PDF, DOCX, XLSX, ZIP) and the
// JSON export are rendered from a snapshot, so a document always shows what was sent.
import type { TApplicableDeadline } from './applicable-deadline.ts';
import type { TApplicationTotals } from './parts.ts';
import type { TApplicationIssue, TFieldValues } from './validate-application.ts';

export const SNAPSHOT_FORMAT = 'kompetanseloft.behovsmelding/1';

export type TSnapshotAttachment = { id: string; filename: string; contentType: string; size: number; sha256: string };

export type TApplicationSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  applicationId: string;
  /** `YYYY/N-M` in the county's case. */
  documentNumber: string;
  /** 1 for the first submission, 2 after a return … */
  sequence: number;
  submittedAt: string;
  submittedByName: string;
  /** Submitted on an extended deadline. */
  onExtension: boolean;
  /** Drafts only (never frozen into a submission): the deadline that applies to this partnership when it is not the
   * round's — its extension or the resubmission window of a return — so the printed draft names the date that counts. */
  applicableDeadline?: TApplicableDeadline;
  round: {
    id: string;
    title: string;
    year: number;
    officeId: string;
    officeName: string;
    schemeId: string;
    schemeName: string;
    deadlineLocal: string;
    caseNumber: string;
    countyNumber: string;
    coordinatorAllowed: boolean;
    /** Every office's name by id, as it was at submit: a part applied for at another office is shown by its name
     * ("søkes hos Statsforvalteren i Nordland"). Absent in snapshots from before; documents then use the reference list. */
    officeNames?: Record<string, string>;
  };
  partnership: { id: string; name: string; applicantName: string; owners: string[]; uh: string[] };
  values: TFieldValues;
  totals: TApplicationTotals | null;
  /** Warnings only (a snapshot has no errors: submitting requires none). */
  warnings: TApplicationIssue[];
  attachments: TSnapshotAttachment[];
};
