// The arkiv module's API (issue 15; docs/archive.md): a round's journal entries, their export, returned journalpost
// numbers. Each area adds its one line here.
import { journalContract } from './journal-contract.ts';

export const arkivContract = { ...journalContract } as const;
