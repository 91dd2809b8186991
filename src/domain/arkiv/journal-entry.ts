// The journal entry (journalpost) of one archived document, as the office's Noark 5 archive registers it (issue 15,
// point 4; ADR 027; the field-by-field mapping and the reasoning behind each type and screening: docs/archive.md).
// Pure builders per document kind from plain data: the loader (src/loaders/arkiv/round-documents.ts) reads the rows,
// the archive sinks (src/integrations/archive/) hand the entries over — as a ZIP today, to Fiks Arkiv later.
import { parseDocumentNumber } from '../behovsmelding/case-number.ts';
import { osloDateOf } from '../tilsagn/issue-letters.ts';

/** The documents the platform hands over, one per kind of row. */
export const ARCHIVE_DOCUMENT_KINDS = ['behovsmelding', 'kvittering', 'innstilling', 'vedtak', 'krav', 'klage'] as const;
export type ArchiveDocumentKind = (typeof ARCHIVE_DOCUMENT_KINDS)[number];

/** Noark 5 journalposttype: inngående, utgående, organinternt dokument for oppfølging. */
export type Journalposttype = 'I' | 'U' | 'N';

/** A korrespondansepart: an organisation (with its orgnr) or, for a klage, whoever signed it. */
export type Party = { name: string; orgnr: string | null };

/** One file of the entry (a Noark dokumentobjekt in its dokumentbeskrivelse). */
export type JournalFile = {
  filnavn: string;
  format: 'pdf' | 'docx' | 'txt' | 'other';
  /** The main document or an attachment (Noark tilknyttetRegistreringSom). */
  tilknyttetRegistreringSom: 'Hoveddokument' | 'Vedlegg';
  /** The archival rendering (PDF, text) or the editable one it was made from (DOCX): Noark variantformat. */
  variantformat: 'Arkivformat' | 'Produksjonsformat';
  /** True when the platform has no such file (not rendered, not stored): named, never silently dropped. */
  mangler: boolean;
};

export type JournalEntry = {
  kind: ArchiveDocumentKind;
  /** The document's id in its own table (a submission and its receipt: `<applicationId>/<sequence>`; the innstilling:
   * `<roundId>/<countyNumber>`, one entry in each county's case). */
  id: string;
  /** The county's case, `YYYY/N`. */
  saksnummer: string | null;
  /** `YYYY/N-M` where the platform numbered it; null where the archive numbers it (receipt, innstilling, klage). */
  dokumentnummer: string | null;
  journalposttype: Journalposttype;
  tittel: string;
  avsender: Party | null;
  mottaker: Party | null;
  /** Oslo dates, `YYYY-MM-DD`: the document's own date, and the day it was received or sent. */
  dokumentdato: string;
  journaldato: string;
  saksbehandler: string | null;
  /** The office's access code for a screened document (null: open), and its legal ground under offentleglova. */
  tilgangskode: string | null;
  hjemmel: string | null;
  files: JournalFile[];
  /** The document it answers or is about (a receipt: the behovsmelding; a klage: the decision), `YYYY/N-M`. */
  gjelderDokumentnummer: string | null;
  /** The journalpost number the archive returned, once recorded. */
  journalpostnummer: string | null;
};

/**
 * Screening (docs/archive.md, "Skjerming"). Only the klage is screened by default: it is free text from outside,
 * the one document that can carry someone's personal circumstances (taushetsplikt, fvl. § 13 første ledd nr. 1), so
 * it is screened until the archivist has read it. The others hold organisations' applications, assessments and
 * decisions on public money and contact names in a role: open under offentleglova § 3. The code is the common
 * 'UO'; an office whose archive uses another list maps it here.
 */
export const SCREENED = { tilgangskode: 'UO', hjemmel: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' } as const;
const OPEN = { tilgangskode: null, hjemmel: null } as const;

/** A name that unpacks everywhere: no separators or reserved characters, single spaces, bounded length. */
export function archiveFileName(stem: string, extension: string): string {
  const safe = stem
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 140);
  return `${safe || 'dokument'}.${extension}`;
}

/** `2024/8245-3` → `2024-8245-3`. */
const numberStem = (documentNumber: string) => documentNumber.replace(/\//g, '-');

const formatOf = (filnavn: string): JournalFile['format'] => {
  const ext = filnavn.slice(filnavn.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'pdf' || ext === 'docx' || ext === 'txt' ? ext : 'other';
};

export function journalFile(filnavn: string, opts: { vedlegg?: boolean; mangler?: boolean } = {}): JournalFile {
  const format = formatOf(filnavn);
  return {
    filnavn,
    format,
    tilknyttetRegistreringSom: opts.vedlegg ? 'Vedlegg' : 'Hoveddokument',
    variantformat: format === 'docx' ? 'Produksjonsformat' : 'Arkivformat',
    mangler: opts.mangler ?? false,
  };
}

const caseOf = (documentNumber: string | null) => (documentNumber ? (parseDocumentNumber(documentNumber)?.caseNumber ?? null) : null);

/** A submitted behovsmelding (every submission is its own entry): incoming, from the applicant; its attachments. */
export function behovsmeldingEntry(d: {
  applicationId: string;
  sequence: number;
  documentNumber: string;
  submittedAt: Date;
  partnershipName: string;
  roundYear: number;
  applicant: Party;
  office: Party;
  caseOfficer: string | null;
  attachments: { filename: string; stored: boolean }[];
  journalpostnummer: string | null;
}): JournalEntry {
  const stem = numberStem(d.documentNumber);
  return {
    kind: 'behovsmelding',
    id: `${d.applicationId}/${d.sequence}`,
    saksnummer: caseOf(d.documentNumber),
    dokumentnummer: d.documentNumber,
    journalposttype: 'I',
    tittel: `Behovsmelding ${d.roundYear} – ${d.partnershipName}${d.sequence > 1 ? ` (rettet, innsending ${d.sequence})` : ''}`,
    avsender: d.applicant,
    mottaker: d.office,
    dokumentdato: osloDateOf(d.submittedAt),
    journaldato: osloDateOf(d.submittedAt),
    saksbehandler: d.caseOfficer,
    ...OPEN,
    files: [
      journalFile(archiveFileName(`${stem} Behovsmelding ${d.partnershipName}`, 'pdf')),
      ...d.attachments.map((a) => {
        const dot = a.filename.lastIndexOf('.');
        const [base, ext] = dot > 0 ? [a.filename.slice(0, dot), a.filename.slice(dot + 1).toLowerCase()] : [a.filename, 'bin'];
        return journalFile(archiveFileName(`${stem} Vedlegg ${base}`, ext), { vedlegg: true, mangler: !a.stored });
      }),
    ],
    gjelderDokumentnummer: null,
    journalpostnummer: d.journalpostnummer,
  };
}

/** The receipt e-mail of a submission: outgoing, to the applicant; its text as a file. */
export function kvitteringEntry(d: {
  applicationId: string;
  sequence: number;
  documentNumber: string;
  sentAt: Date;
  partnershipName: string;
  applicant: Party;
  office: Party;
  journalpostnummer: string | null;
}): JournalEntry {
  return {
    kind: 'kvittering',
    id: `${d.applicationId}/${d.sequence}`,
    saksnummer: caseOf(d.documentNumber),
    dokumentnummer: null,
    journalposttype: 'U',
    tittel: `Kvittering for mottatt behovsmelding ${d.documentNumber} – ${d.partnershipName}`,
    avsender: d.office,
    mottaker: d.applicant,
    dokumentdato: osloDateOf(d.sentAt),
    journaldato: osloDateOf(d.sentAt),
    // Written by the platform at the submit, by no case officer.
    saksbehandler: null,
    ...OPEN,
    files: [journalFile(archiveFileName(`${numberStem(d.documentNumber)} Kvittering`, 'txt'))],
    gjelderDokumentnummer: d.documentNumber,
    journalpostnummer: d.journalpostnummer,
  };
}

/** The forum's adopted innstilling, once in each county case of the round: an internal document to act on (N). */
export function innstillingEntry(d: {
  roundId: string;
  roundYear: number;
  countyNumber: string;
  caseNumber: string;
  officeName: string;
  office: Party;
  adoptedAt: Date;
  adoptedByName: string | null;
  journalpostnummer: string | null;
}): JournalEntry {
  return {
    kind: 'innstilling',
    id: `${d.roundId}/${d.countyNumber}`,
    saksnummer: d.caseNumber,
    dokumentnummer: null,
    journalposttype: 'N',
    tittel: `Innstilling fra samarbeidsforumet – ${d.officeName} ${d.roundYear}`,
    avsender: { name: `Samarbeidsforumet – ${d.officeName}`, orgnr: null },
    mottaker: d.office,
    dokumentdato: osloDateOf(d.adoptedAt),
    journaldato: osloDateOf(d.adoptedAt),
    saksbehandler: d.adoptedByName,
    ...OPEN,
    files: [journalFile(archiveFileName(`Innstilling ${d.roundYear} ${d.officeName} (${numberStem(d.caseNumber)})`, 'pdf'))],
    gjelderDokumentnummer: null,
    journalpostnummer: d.journalpostnummer,
  };
}

const VEDTAK_TITLES = { tilsagn: 'Vedtak om tilsagn', avslag: 'Vedtak om avslag', endring: 'Endringsvedtak' } as const;

/** An issued decision letter: outgoing, to the applicant; PDF (archival) and DOCX, and a Sámi copy as attachment. */
export function vedtakEntry(d: {
  vedtakId: string;
  kind: string;
  amends: boolean;
  documentNumber: string;
  issuedAt: Date;
  partnershipName: string;
  applicant: Party;
  office: Party;
  preparedByName: string;
  samiLanguage: string | null;
  archiveNumber: string | null;
}): JournalEntry {
  const stem = numberStem(d.documentNumber);
  const title = d.amends ? VEDTAK_TITLES.endring : d.kind === 'avslag' ? VEDTAK_TITLES.avslag : VEDTAK_TITLES.tilsagn;
  return {
    kind: 'vedtak',
    id: d.vedtakId,
    saksnummer: caseOf(d.documentNumber),
    dokumentnummer: d.documentNumber,
    journalposttype: 'U',
    tittel: `${title} – ${d.partnershipName}`,
    avsender: d.office,
    mottaker: d.applicant,
    dokumentdato: osloDateOf(d.issuedAt),
    journaldato: osloDateOf(d.issuedAt),
    saksbehandler: d.preparedByName,
    ...OPEN,
    files: [
      journalFile(`${stem} Vedtak.pdf`),
      journalFile(`${stem} Vedtak.docx`),
      ...(d.samiLanguage ? [journalFile(`${stem}-${d.samiLanguage} Vedtak.pdf`, { vedlegg: true })] : []),
    ],
    gjelderDokumentnummer: null,
    journalpostnummer: d.archiveNumber,
  };
}

/** A repayment claim letter: outgoing, to the recipient of the money; its files when rendered. */
export function kravEntry(d: {
  unusedFundsId: string;
  documentNumber: string;
  decidedAt: Date;
  year: number;
  partnershipName: string;
  recipient: Party;
  office: Party;
  decidedByName: string | null;
  hasPdf: boolean;
  hasDocx: boolean;
  journalpostnummer: string | null;
}): JournalEntry {
  const stem = numberStem(d.documentNumber);
  return {
    kind: 'krav',
    id: d.unusedFundsId,
    saksnummer: caseOf(d.documentNumber),
    dokumentnummer: d.documentNumber,
    journalposttype: 'U',
    tittel: `Krav om tilbakebetaling av ubrukte midler ${d.year} – ${d.partnershipName}`,
    avsender: d.office,
    mottaker: d.recipient,
    dokumentdato: osloDateOf(d.decidedAt),
    journaldato: osloDateOf(d.decidedAt),
    saksbehandler: d.decidedByName,
    ...OPEN,
    files: [journalFile(`${stem} Krav om tilbakebetaling.pdf`, { mangler: !d.hasPdf }), journalFile(`${stem} Krav om tilbakebetaling.docx`, { mangler: !d.hasDocx })],
    gjelderDokumentnummer: null,
    journalpostnummer: d.journalpostnummer,
  };
}

/** A klage on a decision: incoming, from whoever signed it; screened until read (SCREENED). */
export function klageEntry(d: {
  klageId: string;
  vedtakDocumentNumber: string | null;
  receivedOnLocal: string;
  registeredAt: Date;
  fromName: string;
  partnershipName: string;
  office: Party;
  registeredByName: string;
  journalpostnummer: string | null;
}): JournalEntry {
  const on = d.vedtakDocumentNumber ? ` på vedtak ${d.vedtakDocumentNumber}` : '';
  return {
    kind: 'klage',
    id: d.klageId,
    saksnummer: caseOf(d.vedtakDocumentNumber),
    dokumentnummer: null,
    journalposttype: 'I',
    tittel: `Klage${on} – ${d.partnershipName}`,
    avsender: { name: d.fromName, orgnr: null },
    mottaker: d.office,
    dokumentdato: d.receivedOnLocal,
    journaldato: osloDateOf(d.registeredAt),
    saksbehandler: d.registeredByName,
    ...SCREENED,
    files: [journalFile(archiveFileName(`Klage ${d.receivedOnLocal}${d.vedtakDocumentNumber ? ` ${numberStem(d.vedtakDocumentNumber)}` : ''} ${d.klageId.slice(0, 8)}`, 'txt'))],
    gjelderDokumentnummer: d.vedtakDocumentNumber,
    journalpostnummer: d.journalpostnummer,
  };
}

/** Entries in the archive's order: by case, then by document number (numerically; a receipt or klage right after
 * the document it is about), then date; the innstilling, numbered by the archive, after the case's numbered ones. */
export function sortEntries(entries: readonly JournalEntry[]): JournalEntry[] {
  const key = (e: JournalEntry) => {
    const own = e.dokumentnummer ? parseDocumentNumber(e.dokumentnummer) : null;
    const about = e.gjelderDokumentnummer ? parseDocumentNumber(e.gjelderDokumentnummer) : null;
    const seq = own ?? about;
    return [e.saksnummer ?? '~', seq ? String(seq.documentSequence).padStart(9, '0') : '~', own ? '0' : '1', e.journaldato, e.kind, e.id].join('|');
  };
  // By code point, not by locale: a collation would put '~' (no number) before the digits.
  const keyed = entries.map((e) => [key(e), e] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}
