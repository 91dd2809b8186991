// The arkiv module's client (issue 15; docs/archive.md): a round's journal entries, their export and the journalpost
// numbers the archive returns, as src/domain/arkiv/contract.ts declares them.
import { arkivContract } from '../../domain/arkiv/contract.ts';
import { client } from './client.ts';

export const arkivApi = client(arkivContract);
