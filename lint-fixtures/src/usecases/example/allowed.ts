// A use case using the database through repositories, domain rules, renderers, Node and its clock.
import { randomUUID } from 'node:crypto';
import { recordLogin } from '../../db/access-repository.ts';
import type { Db } from '../../db/client.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts';

export async function example({ db, clock }: { db: Db; clock: Clock }) {
  const at = clock.now();
  const later = new Date(at.getTime() + 1000);
  await db.transaction((tx) => recordLogin(tx, { userId: randomUUID(), at }));
  return [assertCan, renderApplicationPdf, later];
}
