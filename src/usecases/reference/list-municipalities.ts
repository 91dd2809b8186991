import { listMunicipalities as listRows } from '../../db/reference-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZMunicipalityQuery } from '../../domain/reference/division.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function listMunicipalities({ db, actor, query }: UseCaseContext & { query: unknown }) {
  assertCan(actor, 'read', { type: 'reference' });
  const filter = parseInput(ZMunicipalityQuery, query ?? {});
  const rows = await listRows(db, filter);
  return rows.map(({ division, number, name, officialName, parallelNames, countyNumber, samiLanguage, successorNumbers }) => ({
    division,
    number,
    name,
    officialName,
    parallelNames,
    countyNumber,
    samiLanguage,
    successorNumbers,
  }));
}
