// A use case using the database, repositories, domain rules, renderers, Node and its clock.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { person } from '../../db/schema/index.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts';

export async function example({ db, clock }: { db: Db; clock: Clock }) {
  const updatedAt = clock.now();
  const later = new Date(updatedAt.getTime() + 1000);
  await db.update(person).set({ updatedAt }).where(eq(person.id, randomUUID()));
  return [assertCan, renderApplicationPdf, later];
}
