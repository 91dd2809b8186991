// The version history: every save of the application's fields (or one field), newest first, with who and when.
import { fieldHistory } from '../../db/behovsmelding-repository.ts';
import { fieldDef } from '../../domain/behovsmelding/application-fields.ts';
import { loadApplication } from './application-access.ts';
import type { BehovsmeldingContext } from './context.ts';

export async function listFieldHistory({ db, actor, id, key }: BehovsmeldingContext & { id: string; key?: string | undefined }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const rows = await fieldHistory(db, app.id, key || undefined);
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    label: fieldDef(r.key)?.label ?? r.key,
    value: r.value,
    version: r.version,
    byName: r.byName,
    at: r.at.toISOString(),
  }));
}
