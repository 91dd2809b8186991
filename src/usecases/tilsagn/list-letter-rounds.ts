// The rounds whose decisions this actor may read, each with its decision state: 'ingen' until decisions are
// prepared, then the state of the round's approval list (utkast, til-godkjenning, godkjent, utstedt) — what
// `kompetanseloft letters --list-rounds` prints.
import { listRoundViews } from '../../db/behovsmelding-round-repository.ts';
import { roundBatchStates } from '../../db/tilsagn-letter-repository.ts';
import { can } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';

export async function listLetterRounds({ db, actor }: UseCaseContext) {
  const rounds = (await listRoundViews(db, {})).filter((r) => can(actor, 'read', { type: 'tilsagn', officeId: r.officeId }));
  const batches = await roundBatchStates(db, rounds.map((r) => r.id));
  return rounds
    .map((r) => {
      const own = batches.filter((b) => b.roundId === r.id);
      const first = own.find((b) => b.kind === 'vedtak') ?? own[0];
      return { id: r.id, title: r.title, officeName: r.officeName, year: r.year, state: first?.state ?? 'ingen' };
    })
    .sort((a, b) => b.year - a.year || a.officeName.localeCompare(b.officeName, 'nb') || a.title.localeCompare(b.title, 'nb'));
}
