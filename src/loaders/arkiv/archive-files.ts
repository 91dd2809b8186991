// What the archive reads need besides the context: where stored files live (the file store of the server's
// configuration: the database with DATABASE_URL, else DATA_DIR), to read the documents' files.
import type { DbOrTx } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';

export type ArchiveConfig = { databaseUrl: string | undefined; dataDir: string };

export const archiveFiles = (db: DbOrTx, config: ArchiveConfig) => fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db });
