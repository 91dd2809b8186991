// Rounds, optionally of one office or year: those the policy's read scope gives (today every round to anyone
// logged in), said in SQL by the repository.
import { listRoundViews } from '../../db/behovsmelding-round-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import { ZRoundListQuery } from '../../domain/behovsmelding/queries.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { roundOut } from '../../views/behovsmelding/round-view.ts';

export async function listRounds({ db, actor, clock, filter }: UseCaseContext & { filter: unknown }) {
  const f = parseInput(ZRoundListQuery, filter ?? {});
  const rounds = await listRoundViews(db, { ...f, scope: readScope(actor, 'behovsmelding-round') });
  return rounds.map((r) => roundOut(r, clock));
}
