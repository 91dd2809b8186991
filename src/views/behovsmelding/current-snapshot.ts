// The application as a snapshot: the latest submission's frozen copy, or — for drafts, where asked for — one built
// from the fields as they are now (no document number), so exports work the same way for both.
import { findSubmission } from '../../db/behovsmelding-application-repository.ts';
import { loadFields } from '../../db/behovsmelding-field-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import type { LoadedApplication } from '../../loaders/behovsmelding/load-application.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { storedFields, validateStored } from './stored-fields.ts';

export async function submittedSnapshot(db: DbOrTx, applicationId: string): Promise<TApplicationSnapshot | null> {
  const row = await findSubmission(db, applicationId);
  return row ? (row.snapshot as TApplicationSnapshot) : null;
}

export async function draftSnapshot(db: DbOrTx, loaded: LoadedApplication, clock: Clock): Promise<TApplicationSnapshot> {
  const stored = storedFields(await loadFields(db, loaded.app.id));
  const values = stored.values;
  const validation = validateStored(stored, { coordinatorAllowed: loaded.round.coordinatorAllowed });
  return buildSnapshot(db, loaded, { values, validation, documentNumber: '', sequence: 0, submittedAt: clock.now(), submittedByName: '', onExtension: false });
}
