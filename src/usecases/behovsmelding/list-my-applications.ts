// The applications the actor may read ("Mine behovsmeldinger"), newest round first.
import { listExtensions, listRoundViews } from '../../db/behovsmelding-round-repository.ts';
import { listApplications as listApplicationRows } from '../../db/behovsmelding-application-repository.ts';
import { lastFieldEdits } from '../../db/behovsmelding-field-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import { deadlineClosesAt } from '../../domain/behovsmelding/round-deadline.ts';
import type { UseCaseContext } from '../context.ts';

export async function listMyApplications({ db, actor }: UseCaseContext) {
  // The application read scope, said in SQL: each application as the application it is (its round's office, its
  // partnership), not as its partnership, which may have moved office since while the round's office still reads it.
  const rows = await listApplicationRows(db, { scope: readScope(actor, 'behovsmelding-application') });
  const rounds = await listRoundViews(db, { ids: [...new Set(rows.map((r) => r.row.roundId))] });
  const ids = rows.map((r) => r.row.id);
  const lastEdit = await lastFieldEdits(db, ids);
  // The deadline that applies to each: a partnership's extension, when later than the round's, is its deadline.
  const extensions = (await Promise.all(rounds.map((r) => listExtensions(db, r.id)))).flat().map((e) => e.row);
  const deadlineOf = (roundId: string, partnershipId: string, roundDeadline: string) => {
    const until = extensions.find((e) => e.roundId === roundId && e.partnershipId === partnershipId)?.untilLocal;
    return until && deadlineClosesAt(until).getTime() > deadlineClosesAt(roundDeadline).getTime() ? until : roundDeadline;
  };
  return rows
    .map(({ row, partnershipName }) => {
      const round = rounds.find((r) => r.id === row.roundId)!;
      const edited = lastEdit.find((e) => e.id === row.id)?.at ?? null;
      const updatedAt = [row.updatedAt, edited, row.submittedAt].filter((d): d is Date => d instanceof Date).sort((a, b) => b.getTime() - a.getTime())[0]!;
      return {
        id: row.id,
        roundId: row.roundId,
        roundTitle: round.title,
        year: round.year,
        partnershipId: row.partnershipId,
        partnershipName,
        status: row.status,
        deadlineLocal: deadlineOf(row.roundId, row.partnershipId, round.deadlineLocal),
        documentNumber: row.documentNumber,
        updatedAt: updatedAt.toISOString(),
      };
    })
    .sort((a, b) => b.year - a.year || a.partnershipName.localeCompare(b.partnershipName, 'nb'));
}
