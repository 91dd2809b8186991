// The arkiv module's API (issue 15; docs/archive.md): a round's journal entries, their export, returned journalpost
// numbers. Each area adds its one line here.
export const arkivContract = {} as const;
