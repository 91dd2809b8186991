// What the forum weighs of each application: the values of its latest submission — what the partnership sent, not a
// draft edited since (a withdrawn or returned application keeps its sent version here) — else its current fields.
// The allocation screen and the innstilling read the same values, so the innstilling's "asked" is the screen's.
import { loadFieldsOf } from '../../db/behovsmelding-field-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { latestSubmissionSnapshots } from '../../db/forum-allocation-repository.ts';
import { storedFields } from '../../views/behovsmelding/stored-fields.ts';

export async function loadSubmittedValues(db: DbOrTx, applicationIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  // Sequential: `db` may be a transaction (one connection).
  const snapshots = await latestSubmissionSnapshots(db, applicationIds);
  const withoutSnapshot = applicationIds.filter((id) => !snapshots.has(id));
  const fields = withoutSnapshot.length > 0 ? await loadFieldsOf(db, withoutSnapshot) : [];
  return new Map(
    applicationIds.map((id) => [id, snapshots.get(id)?.values ?? storedFields(fields.filter((f) => f.applicationId === id)).values] as const),
  );
}
