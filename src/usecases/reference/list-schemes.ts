import { listSchemes as listRows } from '../../db/reference-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { schemeOut } from '../../views/reference/reference-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listSchemes({ db, actor }: UseCaseContext) {
  assertCan(actor, 'read', { type: 'scheme' });
  return (await listRows(db)).map(schemeOut);
}
