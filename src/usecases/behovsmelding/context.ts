// Attachment use cases also need the file store.
import type { DbOrTx } from '../../db/client.ts';
import type { FileStore } from '../../db/file-store.ts';
import type { UseCaseContext } from '../shared/context.ts';

/** `files(tx)`: the file store, bound to the transaction when files live in the database. */
export type AttachmentContext = UseCaseContext & { files: (db: DbOrTx) => FileStore };
