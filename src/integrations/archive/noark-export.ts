// The first archive sink (archive-sink.ts): a round's journal entries as one ZIP an archivist journalfører by hand in
// the office's Noark 5 system — journalposter.json (each entry with its metadata and file names), journalposter.csv
// (one row per entry, ';'-separated, UTF-8 with BOM so Excel reads æøå) and the files under the names the JSON
// gives. A file the platform does not have is listed with `"mangler": true`, never silently dropped. The field
// names are the Noark 5 ones where there is one (docs/archive.md).
import { renderRoundZip, safeZipPath, type TZipEntry } from '../../documents/behovsmelding/round-zip.ts';
import type { JournalEntry, JournalFile } from '../../domain/arkiv/journal-entry.ts';
import type { ArchiveDelivery, ArchiveHandover, ArchiveSink } from './archive-sink.ts';

export type ArchiveZip = { filename: string; contentType: 'application/zip'; data: Buffer };

export const JOURNAL_JSON = 'journalposter.json';
export const JOURNAL_CSV = 'journalposter.csv';
const EXPORT_FORMAT = 'kompetanseloft-arkivuttrekk/1';

/** The ZIP sink; `now` is the export's time (the caller's clock), written into the JSON. */
export function noarkZipSink(now: Date): ArchiveSink<ArchiveZip> {
  return { deliver: (handover) => writeArchiveZip(handover, now) };
}

async function writeArchiveZip(handover: ArchiveHandover, now: Date): Promise<ArchiveDelivery<ArchiveZip>> {
  const zip: TZipEntry[] = [];
  const taken = new Set([JOURNAL_JSON, JOURNAL_CSV]);
  const entries: JournalEntry[] = [];
  for (const { entry, read } of handover.documents) {
    const files: JournalFile[] = [];
    for (const file of entry.files) {
      // The name in the JSON is the name in the ZIP: made safe and unique here, before either is written.
      const filnavn = unique(safeZipPath(file.filnavn), taken);
      const data = file.mangler ? null : await (read[file.filnavn]?.() ?? Promise.resolve(null));
      if (data) zip.push({ path: filnavn, data });
      files.push({ ...file, filnavn, mangler: data === null });
    }
    entries.push({ ...entry, files });
  }
  const json = {
    format: EXPORT_FORMAT,
    eksportert: now.toISOString(),
    utlysning: { id: handover.round.id, tittel: handover.round.title, aar: handover.round.year, embete: handover.round.officeName },
    journalposter: entries.map(jsonEntry),
  };
  zip.unshift(
    { path: JOURNAL_JSON, data: Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8') },
    { path: JOURNAL_CSV, data: Buffer.from(`\uFEFF${journalCsv(entries)}`, 'utf8') },
  );
  const name = safeZipPath(`Arkivuttrekk ${handover.round.title} ${handover.round.officeName}.zip`);
  return { entries, output: { filename: name, contentType: 'application/zip', data: await renderRoundZip(zip) } };
}

/** One entry in the JSON: Noark's names, the files as dokumentbeskrivelser with their dokumentobjekt. */
export function jsonEntry(e: JournalEntry) {
  return {
    dokumenttype: e.kind,
    id: e.id,
    saksnummer: e.saksnummer,
    dokumentnummer: e.dokumentnummer,
    journalposttype: e.journalposttype,
    tittel: e.tittel,
    avsender: e.avsender,
    mottaker: e.mottaker,
    dokumentetsDato: e.dokumentdato,
    journaldato: e.journaldato,
    saksbehandler: e.saksbehandler,
    skjerming: e.tilgangskode ? { tilgangskode: e.tilgangskode, skjermingshjemmel: e.hjemmel } : null,
    gjelderDokumentnummer: e.gjelderDokumentnummer,
    journalpostnummer: e.journalpostnummer,
    filer: e.files.map((f) => ({
      filnavn: f.filnavn,
      format: f.format,
      tilknyttetRegistreringSom: f.tilknyttetRegistreringSom,
      variantformat: f.variantformat,
      mangler: f.mangler,
    })),
  };
}

const CSV_COLUMNS: [string, (e: JournalEntry) => string | null][] = [
  ['dokumenttype', (e) => e.kind],
  ['id', (e) => e.id],
  ['saksnummer', (e) => e.saksnummer],
  ['dokumentnummer', (e) => e.dokumentnummer],
  ['journalposttype', (e) => e.journalposttype],
  ['tittel', (e) => e.tittel],
  ['avsender', (e) => e.avsender?.name ?? null],
  ['avsender_orgnr', (e) => e.avsender?.orgnr ?? null],
  ['mottaker', (e) => e.mottaker?.name ?? null],
  ['mottaker_orgnr', (e) => e.mottaker?.orgnr ?? null],
  ['dokumentdato', (e) => e.dokumentdato],
  ['journaldato', (e) => e.journaldato],
  ['saksbehandler', (e) => e.saksbehandler],
  ['tilgangskode', (e) => e.tilgangskode],
  ['skjermingshjemmel', (e) => e.hjemmel],
  ['gjelder_dokumentnummer', (e) => e.gjelderDokumentnummer],
  ['journalpostnummer', (e) => e.journalpostnummer],
  ['hoveddokument', (e) => names(e, (f) => f.tilknyttetRegistreringSom === 'Hoveddokument')],
  ['vedlegg', (e) => names(e, (f) => f.tilknyttetRegistreringSom === 'Vedlegg')],
  ['mangler', (e) => names(e, (f) => f.mangler)],
];

const names = (e: JournalEntry, pick: (f: JournalFile) => boolean) =>
  e.files
    .filter(pick)
    .map((f) => f.filnavn)
    .join(' | ');

/** One row per entry, ';'-separated, CRLF (RFC 4180, as Excel writes it). */
export function journalCsv(entries: readonly JournalEntry[]): string {
  const rows = [CSV_COLUMNS.map(([h]) => h), ...entries.map((e) => CSV_COLUMNS.map(([, get]) => get(e) ?? ''))];
  return rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** Quoted when it holds a separator, quote or line break; a cell a spreadsheet would run as a formula (a name that
 * begins with '=') gets a leading apostrophe, as OWASP advises. */
function csvCell(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** `Vedtak.pdf` taken → `Vedtak (2).pdf`; compared case-insensitively, as Windows and macOS do. */
function unique(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase('nb')); n++) candidate = `${base} (${n})${ext}`;
  taken.add(candidate.toLocaleLowerCase('nb'));
  return candidate;
}
