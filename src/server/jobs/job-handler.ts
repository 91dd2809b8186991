// What a job handler is, shared by the worker and the handlers.
import type { JobRow } from '../../db/job-repository.ts';

export type JobHandler = ((payload: unknown, job: JobRow) => Promise<void>) & {
  /** Called once when the worker gives the job up (its last attempt failed, or a permanent error), so the handler's
   * own record of the work can say so (the outbox marks the mail failed). Its own failure is logged, not retried. */
  onGiveUp?: (payload: unknown, job: JobRow) => Promise<void>;
};
export type JobLogger = { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };

/** Thrown by a handler when retrying cannot help (bad payload, row gone): the job fails at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
