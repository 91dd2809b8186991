// Autosave of one field of the form. The save carries the version the writer started from; if someone saved the
// field since, nothing is written and the answer (409) carries both values so the writer can choose. Different
// fields never collide. The application row is only share-locked, so saves of different fields run side by side
// while a submit (which locks it for update) waits for them and they for it.
//
// Only keys of the catalogue and of the application's existing parts are taken, and only values that pass the
// field's schema (depth, size, lengths, rows), so what is stored can always be read back.
import { appendAudit } from '../../db/audit-repository.ts';
import { findField, saveFieldIfUnchanged } from '../../db/behovsmelding-field-repository.ts';
import { fieldDef, parseFieldKey } from '../../domain/behovsmelding/application-fields.ts';
import { checkFieldValue, FIELD_CATALOGUE_VERSION } from '../../domain/behovsmelding/field-value-check.ts';
import { ZSaveField } from '../../domain/behovsmelding/round.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplicationContext } from '../../loaders/behovsmelding/load-application-context.ts';
import { assertEditable } from '../../domain/behovsmelding/application-resource.ts';
import { shownFieldState, storedPartIds } from '../../views/behovsmelding/stored-fields.ts';

export async function saveField({ db, actor, clock, id, key, input }: UseCaseContext & { id: string; key: string; input: unknown }) {
  const { value, baseVersion } = parseInput(ZSaveField, input);
  const def = fieldDef(key);
  const parsedKey = parseFieldKey(key);
  if (!def || !parsedKey) throw AppError.notFound(msg('behovsmelding.unknownField', { key: key.slice(0, 100) }));
  const checked = checkFieldValue(key, value);
  if (!checked.ok) throw validationError([{ field: key, message: checked.message }]);

  return db.transaction(async (tx) => {
    // One statement for the application, its partnership, round, parts and this field (issue 11): with the session
    // lookup, the save's two writes and the audit row, an autosave is five statements.
    const { app, parts, current } = await loadApplicationContext(tx, actor, id, 'edit', { key, lock: 'share' });
    assertEditable(app);
    if (parsedKey.kind === 'part' && !storedPartIds(parts).has(parsedKey.partId))
      throw validationError([{ field: key, message: msg('behovsmelding.partMissing', { label: def.label }) }]);
    // Only on a conflict is the field read again, for the other writer's value and name as they are now.
    const conflict = async () => {
      const theirs = await findField(tx, app.id, key);
      return new AppError('CONFLICT', msg('behovsmelding.saveConflict', { label: def.label, name: theirs?.updatedByName ?? msg('behovsmelding.someoneElse') }), {
        details: { key, yours: checked.value, theirs: theirs ? shownFieldState(theirs) : null },
      });
    };
    if ((current?.version ?? 0) !== baseVersion) throw await conflict();
    const saved = await saveFieldIfUnchanged(tx, {
      applicationId: app.id,
      key,
      value: checked.value,
      baseVersion,
      actor,
      at: clock.now(),
      checkedCatalogueVersion: FIELD_CATALOGUE_VERSION,
    });
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
      changeCursor: saved.changeCursor,
    };
  });
}
