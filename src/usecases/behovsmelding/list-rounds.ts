// Rounds, optionally of one office or year.
import { z } from 'zod';
import { listRoundViews } from '../../db/behovsmelding-repository.ts';
import { can } from '../../domain/access/policy.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { BehovsmeldingContext } from './context.ts';
import { roundOut } from './round-access.ts';

const ZFilter = z.object({
  officeId: z.string().trim().max(50).optional().transform((v) => v || undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

export async function listRounds({ db, actor, clock, filter }: BehovsmeldingContext & { filter: unknown }) {
  const f = parseInput(ZFilter, filter ?? {});
  const rounds = await listRoundViews(db, f);
  return rounds.filter((r) => can(actor, 'read', { type: 'behovsmelding-round', officeId: r.officeId })).map((r) => roundOut(r, clock));
}
