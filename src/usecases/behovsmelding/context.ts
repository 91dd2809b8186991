// Behovsmelding use cases also need the clock (deadlines; tests set it) and, for attachments, the file store.
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import type { Clock } from '../../domain/behovsmelding/clock.ts';
import type { UseCaseContext } from '../shared/context.ts';

export type BehovsmeldingContext = UseCaseContext & { clock: Clock };
/** `files(tx)`: the file store, bound to the transaction when files live in the database. */
export type AttachmentContext = BehovsmeldingContext & { files: (db: DbOrTx) => FileStore };
