import { listCounties as listRows } from '../../db/reference-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZCountyQuery } from '../../domain/reference/division.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function listCounties({ db, actor, query }: UseCaseContext & { query: unknown }) {
  assertCan(actor, 'read', { type: 'reference' });
  const { division } = parseInput(ZCountyQuery, query ?? {});
  return listRows(db, division);
}
