// The background worker: claims queued jobs (src/db/job-repository.ts) and runs the handler for each job's kind.
// It polls every couple of seconds when idle and drains the queue without pausing when there is work. Every
// instance may run one; SKIP LOCKED keeps them from taking the same job.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import { SEND_EMAIL_JOB } from '../db/email-repository.ts';
import { claimNext, markDone, markFailed } from '../db/job-repository.ts';
import type { Clock } from '../domain/shared/clock.ts';
import { PermanentJobError, type JobHandler, type JobLogger } from './jobs/job-handler.ts';
import { sendEmailHandler } from './jobs/send-email-job.ts';
import { renderSubmissionHandler } from './jobs/render-submission-job.ts';
import { renderVedtakLetterHandler } from './jobs/render-vedtak-letter-job.ts';
import { renderRepaymentClaimHandler } from './jobs/render-repayment-claim-job.ts';
import { RENDER_REPAYMENT_CLAIM_JOB } from '../domain/utbetaling/unused-funds.ts';
import { RENDER_VEDTAK_LETTER_JOB } from '../domain/tilsagn/issue-letters.ts';
import { RENDER_SUBMISSION_JOB } from '../views/behovsmelding/current-snapshot.ts';

export type Worker = {
  /** Claims and runs one job; false when none was due. */
  runOnce: () => Promise<boolean>;
  /** Stops polling and waits for a running job to finish. */
  stop: () => Promise<void>;
};

export type WorkerOptions = { db: Db; clock: Clock; handlers: Record<string, JobHandler>; log: JobLogger; pollMs?: number; workerId?: string };

export function createWorker({ db, clock, handlers, log, workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` }: WorkerOptions) {
  return async function runOnce(): Promise<boolean> {
    const job = await claimNext(db, workerId, clock.now());
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
      await handler(job.payload, job);
      await markDone(db, job.id, clock.now());
    } catch (error) {
      const outcome = await markFailed(db, job, error, { now: clock.now(), permanent: error instanceof PermanentJobError });
      log.error({ err: error, jobId: job.id, kind: job.kind, attempts: job.attempts, outcome }, 'job failed');
      if (outcome === 'failed' && handler?.onGiveUp)
        await handler.onGiveUp(job.payload, job).catch((hookError: unknown) => log.error({ err: hookError, jobId: job.id, kind: job.kind }, 'job give-up hook failed'));
    }
    return true;
  };
}

export function startWorker(options: WorkerOptions): Worker {
  const runOnce = createWorker(options);
  const pollMs = options.pollMs ?? 2000;
  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let worked = false;
      try {
        worked = await runOnce();
      } catch (error) {
        // The database was unreachable or busy: log and try again at the next poll rather than dying.
        options.log.error({ err: error }, 'worker could not claim a job');
      }
      if (!worked && !stopped)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  })();
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}

/** The handlers the server runs. */
export function jobHandlers(deps: { db: Db; config: Config; log: JobLogger; clock: Clock }): Record<string, JobHandler> {
  return {
    [SEND_EMAIL_JOB]: sendEmailHandler(deps),
    [RENDER_SUBMISSION_JOB]: renderSubmissionHandler(deps),
    [RENDER_VEDTAK_LETTER_JOB]: renderVedtakLetterHandler(deps),
    [RENDER_REPAYMENT_CLAIM_JOB]: renderRepaymentClaimHandler(deps),
  };
}
