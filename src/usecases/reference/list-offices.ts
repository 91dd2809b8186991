import { listOffices as listRows } from '../../db/reference-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function listOffices({ db, actor }: UseCaseContext) {
  assertCan(actor, 'read', { type: 'reference' });
  return listRows(db);
}
