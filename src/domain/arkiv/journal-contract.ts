// The arkiv module's API, part "journal" (issue 15, point 4; docs/archive.md): a round's journal entries, their export
// as a ZIP for the office's Noark 5 archive, and the journalpost number the archive returned, per document.
import { z } from 'zod';
import { endpoint } from '../shared/endpoint.ts';
import { msg } from '../shared/message-keys.ts';
import { ARCHIVE_DOCUMENT_KINDS } from './journal-entry.ts';
import { ARCHIVE_VERBS } from './policy.ts';

const ZParty = z.strictObject({ name: z.string(), orgnr: z.string().nullable() });

export const ZJournalFile = z.strictObject({
  filnavn: z.string(),
  format: z.enum(['pdf', 'docx', 'txt', 'other']),
  tilknyttetRegistreringSom: z.enum(['Hoveddokument', 'Vedlegg']),
  variantformat: z.enum(['Arkivformat', 'Produksjonsformat']),
  mangler: z.boolean(),
});

export const ZJournalEntry = z.strictObject({
  kind: z.enum(ARCHIVE_DOCUMENT_KINDS),
  id: z.string(),
  saksnummer: z.string().nullable(),
  dokumentnummer: z.string().nullable(),
  journalposttype: z.enum(['I', 'U', 'N']),
  tittel: z.string(),
  avsender: ZParty.nullable(),
  mottaker: ZParty.nullable(),
  dokumentdato: z.string(),
  journaldato: z.string(),
  saksbehandler: z.string().nullable(),
  tilgangskode: z.string().nullable(),
  hjemmel: z.string().nullable(),
  files: z.array(ZJournalFile),
  gjelderDokumentnummer: z.string().nullable(),
  journalpostnummer: z.string().nullable(),
  /** What the actor may do with this entry: record the archive's number. */
  allowed: z.array(z.enum(ARCHIVE_VERBS)),
});
export type TJournalEntryAnswer = z.output<typeof ZJournalEntry>;

export const ZJournalEntriesAnswer = z.strictObject({
  roundId: z.string(),
  roundTitle: z.string(),
  year: z.number(),
  officeName: z.string(),
  entries: z.array(ZJournalEntry),
  /** The actor's verbs on the round's archive handover (read, export, record-number). */
  allowed: z.array(z.enum(ARCHIVE_VERBS)),
});

/** The number the archive gave the document's journalpost; empty or null clears it. Free text within reason: archives
 * number differently (`2024/8245-7`, `24/08245-7`, `2024012345`). */
export const ZJournalpostNumberInput = z.strictObject({
  journalpostnummer: z
    .string({ error: msg('arkiv.journalpostnummer.text') })
    .trim()
    .max(60, { message: msg('arkiv.journalpostnummer.tooLong', { max: 60 }) })
    .nullable()
    .transform((v) => (v ? v : null)),
});

const caseOfficers = 'saksbehandlere ved embetet som har utlysningen';

export const journalContract = {
  listJournalEntries: endpoint({
    method: 'GET',
    path: '/api/arkiv/rounds/:roundId/entries',
    summary: 'Utlysningens journalposter for arkivet: hvert dokument med saksnummer, dokumentnummer, type, parter, datoer, skjerming og filer',
    access: caseOfficers,
    params: z.strictObject({ roundId: z.string() }),
    response: ZJournalEntriesAnswer,
  }),
  exportArchiveZip: endpoint({
    method: 'GET',
    path: '/api/arkiv/rounds/:roundId/export.zip',
    summary: 'Arkivuttrekket for utlysningen som én ZIP: journalposter.json, journalposter.csv og filene',
    access: caseOfficers,
    params: z.strictObject({ roundId: z.string() }),
    response: null,
    produces: 'application/zip',
  }),
  recordJournalpostNumber: endpoint({
    method: 'PUT',
    path: '/api/arkiv/entries/:kind/:id/journalpost',
    summary: 'Fører journalpostnummeret arkivet ga et dokument (et vedtaksbrev: vedtakets arkivnummer)',
    access: caseOfficers,
    // `id` as the entry gives it; a submission's `<applicationId>/<n>` travels encoded (`%2F`), as fillPath does.
    params: z.strictObject({ kind: z.string(), id: z.string() }),
    body: ZJournalpostNumberInput,
    response: ZJournalEntry,
  }),
} as const;
