// Rounds, optionally of one office or year: those the policy's read scope gives (today every round to anyone
// logged in), said in SQL by the repository.
import { z } from 'zod';
import { listRoundViews } from '../../db/behovsmelding-round-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { roundOut } from '../../views/behovsmelding/round-view.ts';

const ZFilter = z.object({
  officeId: z.string().trim().max(50).optional().transform((v) => v || undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

export async function listRounds({ db, actor, clock, filter }: UseCaseContext & { filter: unknown }) {
  const f = parseInput(ZFilter, filter ?? {});
  const rounds = await listRoundViews(db, { ...f, scope: readScope(actor, 'behovsmelding-round') });
  return rounds.map((r) => roundOut(r, clock));
}
