// Shapes of the behovsmelding APIs (rounds, applications, fields, submissions, attachments): the contract's
// (src/domain/behovsmelding/round-contract.ts and application-contract.ts), not copies. Routes: docs/behovsmelding-api.md.
export type {
  ApplicationStatus,
  Extension,
  Round,
  RoundApplicationList,
  RoundApplicationRow,
  RoundCreates,
  RoundDetail,
} from '../../domain/behovsmelding/round-contract.ts';
export type {
  Application,
  ApplicationCreates,
  ApplicationSummary,
  Attachment,
  FieldChanges,
  FieldHistoryEntry,
  FieldState,
  SaveFieldResult,
  SubmissionInfo,
  SubmitResult,
} from '../../domain/behovsmelding/application-contract.ts';
import type { FieldState } from '../../domain/behovsmelding/application-contract.ts';

/** details of a 409 CONFLICT from PUT …/fields/:key (an error answer, not the contract's): someone saved the field
 * after your base version. */
export type FieldConflict = {
  key: string;
  yours: unknown;
  theirs: FieldState;
};
