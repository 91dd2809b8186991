// The rounds whose innstilling this actor may read, each with the innstilling's state ('utkast' until adopted):
// what `kompetanseloft innstilling --list-rounds` prints.
import { listRoundViews } from '../../db/behovsmelding-round-repository.ts';
import { findInnstilling } from '../../db/forum-innstilling-repository.ts';
import { can } from '../../domain/access/policy.ts';
import type { TInnstillingState } from '../../domain/forum/innstilling.ts';
import type { UseCaseContext } from '../context.ts';

export async function listInnstillingRounds({ db, actor }: UseCaseContext) {
  const rounds = (await listRoundViews(db, {})).filter((r) => can(actor, 'read', { type: 'forum-allocation', officeId: r.officeId, quorate: false }));
  const out: { id: string; title: string; officeName: string; year: number; state: TInnstillingState }[] = [];
  for (const r of rounds) {
    const row = await findInnstilling(db, r.id);
    out.push({ id: r.id, title: r.title, officeName: r.officeName, year: r.year, state: row?.state === 'vedtatt' ? 'vedtatt' : 'utkast' });
  }
  return out.sort((a, b) => b.year - a.year || a.officeName.localeCompare(b.officeName, 'nb') || a.title.localeCompare(b.title, 'nb'));
}
