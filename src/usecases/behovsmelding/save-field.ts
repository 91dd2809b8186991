// Autosave of one field of the form. The save carries the version the writer started from; if someone saved the
// field since, nothing is written and the answer (409) carries both values so the writer can choose. Different
// fields never collide. The application row is only share-locked, so saves of different fields run side by side
// while a submit (which locks it for update) waits for them and they for it.
import { appendAudit } from '../../db/audit-repository.ts';
import { findField, saveFieldIfUnchanged } from '../../db/behovsmelding-repository.ts';
import { fieldDef } from '../../domain/behovsmelding/application-fields.ts';
import { ZSaveField } from '../../domain/behovsmelding/round.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { assertEditable, loadApplication } from './application-access.ts';
import type { BehovsmeldingContext } from './context.ts';
import { fieldStateOf } from './field-values.ts';
import { latestChangeId } from '../../db/behovsmelding-repository.ts';

const MAX_FIELD_BYTES = 512 * 1024;

export async function saveField({ db, actor, clock, id, key, input }: BehovsmeldingContext & { id: string; key: string; input: unknown }) {
  const { value, baseVersion } = parseInput(ZSaveField, input);
  const def = fieldDef(key);
  if (!def) throw AppError.notFound(`Skjemaet har ikke feltet «${key.slice(0, 100)}»`);
  const parsed = def.schema.safeParse(value ?? null);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    throw validationError([{ field: key, message: `${def.label}: ${issue?.message ?? 'ugyldig verdi'}${where}` }]);
  }
  if (JSON.stringify(parsed.data).length > MAX_FIELD_BYTES) throw validationError([{ field: key, message: `${def.label}: feltet er for stort` }]);

  return db.transaction(async (tx) => {
    const { app } = await loadApplication(tx, actor, id, 'update', 'share');
    assertEditable(app);
    const current = await findField(tx, app.id, key);
    const conflict = async () => {
      const theirs = await findField(tx, app.id, key);
      return new AppError('CONFLICT', `«${def.label}» ble endret av ${theirs?.updatedByName ?? 'en annen'} mens du skrev. Velg hvilken versjon som skal gjelde.`, {
        details: { key, yours: parsed.data, theirs: theirs ? fieldStateOf(theirs) : null },
      });
    };
    if ((current?.version ?? 0) !== baseVersion) throw await conflict();
    const saved = await saveFieldIfUnchanged(tx, { applicationId: app.id, key, value: parsed.data, baseVersion, actor, at: clock.now() });
    if (!saved) throw await conflict();
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'behovsmelding',
      entityId: app.id,
      before: { key, version: current?.version ?? 0, value: current?.value ?? null },
      after: { key, version: saved.version, value: saved.value },
    });
    return {
      key,
      version: saved.version,
      updatedByName: saved.updatedByName,
      updatedAt: saved.updatedAt.toISOString(),
      changeCursor: await latestChangeId(tx, app.id),
    };
  });
}
