// What a job handler is, shared by the worker and the handlers.
import type { JobRow } from '../../db/job-repository.ts';

export type JobHandler = (payload: unknown, job: JobRow) => Promise<void>;
export type JobLogger = { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };

/** Thrown by a handler when retrying cannot help (bad payload, row gone): the job fails at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
