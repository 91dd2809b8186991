// The demo data queues receipt e-mails (submitted behovsmeldinger). Tests that count or run queued jobs start from an
// empty queue so they see only the jobs they queue themselves.
import type { DbOrTx } from '../db/client.ts';
import { job } from '../db/schema/index.ts';

export async function markQueuedJobsDone(db: DbOrTx): Promise<void> {
  await db.update(job).set({ doneAt: new Date() });
}
