// The version history: every save of the application's fields (or one field), newest first, with who and when.
import { fieldHistory } from '../../db/behovsmelding-field-repository.ts';
import { fieldDef } from '../../domain/behovsmelding/application-fields.ts';
import { jsonDepthExceeds, MAX_FIELD_DEPTH } from '../../domain/behovsmelding/field-value-check.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';

export async function listFieldHistory({ db, actor, id, key }: UseCaseContext & { id: string; key?: string | undefined }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const rows = await fieldHistory(db, app.id, key || undefined);
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    label: fieldDef(r.key)?.label ?? r.key,
    // A value deeper than any field can be (saved before saves were checked) is not sent for the page to walk.
    value: jsonDepthExceeds(r.value, MAX_FIELD_DEPTH) ? null : r.value,
    version: r.version,
    byName: r.byName,
    at: r.at.toISOString(),
  }));
}
