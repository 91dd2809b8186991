// Issue 11, point 3: a submission's PDF and DOCX are rendered once, by the render-submission job the submit queues,
// and stored; a download serves the stored bytes. Before the job has run a download still works (rendered on the
// spot), and a job for a submission that does not exist fails at once instead of being retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { fileStoreFor, type FileStore } from '../../db/file-store.ts';
import { enqueue, findJob } from '../../db/job-repository.ts';
import { behovsmeldingSubmission, job, partnership } from '../../db/schema/index.ts';
import { systemClock, type Clock } from '../../domain/shared/clock.ts';
import { markQueuedJobsDone } from '../../test/job-queue.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';
import { RENDER_SUBMISSION_JOB, submissionDocumentKey } from '../../views/behovsmelding/current-snapshot.ts';
import { matrixDraft } from '../access-matrix/behovsmelding-fixtures.ts';
import { createWorker, jobHandlers } from '../worker.ts';

let t: TestApp;
let files: FileStore;
let seedQueued: { payload: unknown }[];
let seedSubmissions: { applicationId: string; sequence: number }[];
const silent = { info: () => {}, error: () => {} };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  seedQueued = await db.select({ payload: job.payload }).from(job).where(and(eq(job.kind, RENDER_SUBMISSION_JOB), isNull(job.doneAt)));
  seedSubmissions = await db.select({ applicationId: behovsmeldingSubmission.applicationId, sequence: behovsmeldingSubmission.sequence }).from(behovsmeldingSubmission);
  // The demo data's submissions queued jobs of their own: only this test's are run here.
  await markQueuedJobsDone(db);
  files = fileStoreFor({ databaseUrl: t.config.databaseUrl, dataDir: t.config.dataDir, db: t.database.db });
});
afterAll(() => t.close());

/** A second ahead: a job queued a moment ago is due. The database stamps it with its own `now()` in microseconds,
 * which on a PostgreSQL server can be a fraction of a millisecond after JavaScript's `new Date()` at the claim. */
const workerClock: Clock = { now: () => new Date(systemClock.now().getTime() + 1000) };

/** Runs every due job, as the server's worker would. */
async function runQueuedJobs(): Promise<number> {
  const db = t.database.db;
  const runOnce = createWorker({ db, clock: workerClock, handlers: jobHandlers({ db, config: t.config, log: silent, clock: systemClock }), log: silent });
  let ran = 0;
  while (await runOnce()) ran++;
  return ran;
}

describe('render-submission job', () => {
  it('is queued for every submission of the demo data, which the worker in `serve` then runs', () => {
    expect(seedSubmissions.length).toBeGreaterThan(0);
    expect(seedQueued.map((j) => j.payload)).toEqual(expect.arrayContaining(seedSubmissions));
    expect(seedQueued).toHaveLength(seedSubmissions.length);
  });

  it('is queued by the submit; before it runs the download is rendered, after it the stored file is served', async () => {
    const db = t.database.db;
    const [sorTroms] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
    const { app } = await matrixDraft(db, sorTroms!.id);
    const ola = await loginAs(t.app, 'koordinator', db);
    const submitted = await ola.post(`/api/behovsmelding/applications/${app.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const { sequence } = submitted.json() as { sequence: number };
    const submission = { applicationId: app.id, sequence };

    const queued = await db.select().from(job).where(and(eq(job.kind, RENDER_SUBMISSION_JOB), isNull(job.doneAt)));
    expect(queued.map((j) => ({ payload: j.payload, doneAt: j.doneAt }))).toEqual([{ payload: submission, doneAt: null }]);

    // Not rendered yet: the download is still there, rendered on the spot, with its usual name and type.
    expect(await files.get(submissionDocumentKey(submission, 'pdf'))).toBeUndefined();
    const early = await ola.get(`/api/behovsmelding/applications/${app.id}/export.pdf`);
    expect(early.statusCode).toBe(200);
    expect(early.headers['content-type']).toBe('application/pdf');
    expect(early.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(await runQueuedJobs()).toBeGreaterThan(0);
    expect((await findJob(db, queued[0]!.id))?.doneAt).not.toBeNull();

    const staff = await loginAs(t.app, 'saksbehandler', db);
    for (const format of ['pdf', 'docx'] as const) {
      const stored = await files.get(submissionDocumentKey(submission, format));
      expect(stored?.size, format).toBeGreaterThan(1000);
      const res = await staff.get(`/api/behovsmelding/applications/${app.id}/export.${format}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain(`.${format}`);
      expect(Buffer.compare(res.rawPayload, stored!.data), `${format} served from the store`).toBe(0);
    }
    // The PDF rendered before the job and the stored one are the same document: the dates in it are the submission's.
    expect(Buffer.compare(early.rawPayload, (await files.get(submissionDocumentKey(submission, 'pdf')))!.data)).toBe(0);

    // Served from the store, not rendered again: what is stored is what goes out (a stand-in proves it).
    const marker = Buffer.from('%PDF-1.7 stand-in for the stored rendering');
    await files.put({ key: submissionDocumentKey(submission, 'pdf'), contentType: 'application/pdf', data: marker });
    expect(Buffer.compare((await staff.get(`/api/behovsmelding/applications/${app.id}/export.pdf`)).rawPayload, marker)).toBe(0);

    // Run again (a retry after a crash): it succeeds and skips what is stored.
    const again = await enqueue(db, RENDER_SUBMISSION_JOB, submission);
    expect(await runQueuedJobs()).toBe(1);
    expect((await findJob(db, again.id))?.doneAt).not.toBeNull();
    expect(Buffer.compare((await files.get(submissionDocumentKey(submission, 'pdf')))!.data, marker)).toBe(0);
  });

  it('fails at once, without retries, when the submission does not exist', async () => {
    const db = t.database.db;
    const missing = await enqueue(db, RENDER_SUBMISSION_JOB, { applicationId: randomUUID(), sequence: 1 });
    const malformed = await enqueue(db, RENDER_SUBMISSION_JOB, { applicationId: 'x' });
    expect(await runQueuedJobs()).toBe(2);
    for (const queued of [missing, malformed]) expect(await findJob(db, queued.id)).toMatchObject({ attempts: 1, failedAt: expect.any(Date), doneAt: null });
  });
});
