// The applications the actor may read ("Mine behovsmeldinger"), newest round first.
import { max, inArray } from 'drizzle-orm';
import { listApplications as listApplicationRows, listRoundViews } from '../../db/behovsmelding-repository.ts';
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { behovsmeldingField } from '../../db/schema/index.ts';
import { can } from '../../domain/access/policy.ts';
import { partnershipResource } from '../org/partnership-access.ts';
import type { BehovsmeldingContext } from './context.ts';

export async function listMyApplications({ db, actor }: BehovsmeldingContext) {
  const readable = (await listPartnershipSummaries(db)).filter((p) => can(actor, 'read', partnershipResource(p))).map((p) => p.id);
  const rows = await listApplicationRows(db, { partnershipIds: readable });
  const ids = rows.map((r) => r.row.id);
  const rounds = await listRoundViews(db, { ids: [...new Set(rows.map((r) => r.row.roundId))] });
  const lastEdit = ids.length
    ? await db
        .select({ id: behovsmeldingField.applicationId, at: max(behovsmeldingField.updatedAt) })
        .from(behovsmeldingField)
        .where(inArray(behovsmeldingField.applicationId, ids))
        .groupBy(behovsmeldingField.applicationId)
    : [];
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
        deadlineLocal: round.deadlineLocal,
        documentNumber: row.documentNumber,
        updatedAt: updatedAt.toISOString(),
      };
    })
    .sort((a, b) => b.year - a.year || a.partnershipName.localeCompare(b.partnershipName, 'nb'));
}
