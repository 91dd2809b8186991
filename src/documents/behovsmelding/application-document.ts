// The whole behovsmelding as blocks, laid out like the paper form: title and the case's metadata, sections 1–6,
// the attachments, and the warnings the office was given at submission. The PDF and Word renderers only translate.
// A draft (not yet sent in, issue 12 point 7) says so under its title: a printed draft must never pass for a
// submission, so it carries no submission metadata either (no document number, time or sender).
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { parseLocalDateTime } from '../../domain/behovsmelding/round-deadline.ts';
import { SECTION_NUMBERS, SECTION_TITLES, type TSectionNumber } from '../../domain/behovsmelding/validate-application.ts';
import { formatOsloDateTime, pad } from '../../domain/shared/oslo-time.ts';
import { warningText } from './budget-blocks.ts';
import type { TDocBlock } from '../blocks/document-blocks.ts';
import { plainSectionBlocks } from './form-section-blocks.ts';
import { grantUseSectionBlocks } from './grant-use-blocks.ts';
import { partnershipBlocks } from './partnership-blocks.ts';

/** "Behovsmelding for 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis" */
export const documentTitle = (snapshot: TApplicationSnapshot) => `Behovsmelding for ${snapshot.round.year} – ${snapshot.round.schemeName}`;

/** The words that mark a draft on its first page. */
export const DRAFT_MARKING = 'UTKAST – ikke sendt inn';

/**
 * A snapshot built from the fields as they are now (views/behovsmelding/current-snapshot.ts `draftSnapshot`) has
 * sequence 0: every submission is 1 or more. The default of `draft`, so a renderer that passes no options (the PDF
 * and Word entry points) still marks a draft.
 */
export const isDraftSnapshot = (snapshot: TApplicationSnapshot) => snapshot.sequence === 0;

export type TApplicationDocumentOptions = { draft?: boolean };

export function applicationDocument(snapshot: TApplicationSnapshot, { draft = isDraftSnapshot(snapshot) }: TApplicationDocumentOptions = {}): TDocBlock[] {
  return [
    { kind: 'title', text: documentTitle(snapshot), subtitle: snapshot.partnership.name },
    ...(draft ? [{ kind: 'paragraph', text: `${DRAFT_MARKING}. ${draftNote(snapshot)}`, tone: 'warning' } as const] : []),
    { kind: 'facts', rows: draft ? draftMetadataRows(snapshot) : metadataRows(snapshot) },
    ...SECTION_NUMBERS.flatMap((n) => [{ kind: 'heading', level: 1, text: `${n}. ${SECTION_TITLES[n]}` } as const, ...sectionBlocks(n, snapshot)]),
    { kind: 'heading', level: 1, text: 'Vedlegg' },
    snapshot.attachments.length === 0
      ? { kind: 'paragraph', text: 'Ingen vedlegg.', tone: 'muted' }
      : { kind: 'list', items: snapshot.attachments.map((a) => ({ marker: '•', text: `${a.filename} (${formatFileSize(a.size)})`, level: 0 })) },
    { kind: 'heading', level: 1, text: draft ? 'Advarsler slik utkastet er nå' : 'Advarsler ved innsending' },
    snapshot.warnings.length === 0
      ? { kind: 'paragraph', text: 'Ingen advarsler.', tone: 'muted' }
      : { kind: 'list', items: snapshot.warnings.map((w) => ({ marker: '•', text: warningText(w), level: 0 })) },
  ];
}

function sectionBlocks(section: TSectionNumber, snapshot: TApplicationSnapshot): TDocBlock[] {
  if (section === 5) return partnershipBlocks(snapshot);
  if (section === 6) return grantUseSectionBlocks(snapshot);
  return plainSectionBlocks(section, snapshot.values);
}

function metadataRows(snapshot: TApplicationSnapshot): { label: string; value: string }[] {
  const { round, partnership } = snapshot;
  const submitted = new Date(snapshot.submittedAt);
  const rows = [
    { label: 'Partnerskap', value: partnership.name },
    { label: 'Søker', value: partnership.applicantName },
    { label: 'Eiere', value: partnership.owners.join(', ') },
    { label: 'Universitet/høgskole', value: partnership.uh.join(', ') },
    { label: 'Utlysning', value: round.title },
    { label: 'Embete', value: round.officeName },
    { label: 'Saksnummer', value: round.caseNumber },
    { label: 'Dokumentnummer', value: snapshot.documentNumber },
    { label: 'Innsendt', value: Number.isNaN(submitted.getTime()) ? snapshot.submittedAt : formatOsloDateTime(submitted) },
    { label: 'Innsendt av', value: snapshot.submittedByName },
    { label: 'Frist', value: formatDeadline(round.deadlineLocal) + (snapshot.onExtension ? ' (sendt inn på utvidet frist)' : '') },
    { label: 'Innsending', value: snapshot.sequence === 1 ? '1 (første innsending)' : `${snapshot.sequence} (sendt inn på nytt etter retur)` },
  ];
  return rows.filter((r) => r.value !== '');
}

/** When the draft was printed: its content may change until it is sent in. */
function draftNote(snapshot: TApplicationSnapshot): string {
  const printed = new Date(snapshot.submittedAt);
  return Number.isNaN(printed.getTime()) ? 'Innholdet kan endres før innsending.' : `Skrevet ut ${formatOsloDateTime(printed)}; innholdet kan endres før innsending.`;
}

/** The case's metadata without what only a submission has (document number, time, sender, sequence). */
function draftMetadataRows(snapshot: TApplicationSnapshot): { label: string; value: string }[] {
  const { round, partnership } = snapshot;
  const rows = [
    { label: 'Status', value: DRAFT_MARKING },
    { label: 'Partnerskap', value: partnership.name },
    { label: 'Søker', value: partnership.applicantName },
    { label: 'Eiere', value: partnership.owners.join(', ') },
    { label: 'Universitet/høgskole', value: partnership.uh.join(', ') },
    { label: 'Utlysning', value: round.title },
    { label: 'Embete', value: round.officeName },
    { label: 'Saksnummer', value: round.caseNumber },
    { label: 'Frist', value: draftDeadline(snapshot) },
  ];
  return rows.filter((r) => r.value !== '');
}

/** The deadline that applies to the partnership, saying why when it is not the round's own. */
function draftDeadline({ round, applicableDeadline: applies }: TApplicationSnapshot): string {
  if (!applies || applies.kind === 'round') return formatDeadline(round.deadlineLocal);
  const why = applies.kind === 'extension' ? 'utsatt frist for partnerskapet' : 'frist for ny innsending etter retur';
  return `${formatDeadline(applies.local)} (${why}; utlysningens frist ${formatDeadline(round.deadlineLocal)})`;
}

/** `2023-12-01T23:59:59` → `01.12.2023 kl. 23:59` (a local Oslo time already; no time-zone conversion). */
function formatDeadline(local: string): string {
  const t = parseLocalDateTime(local);
  return t ? `${pad(t.day)}.${pad(t.month)}.${t.year} kl. ${pad(t.hour)}:${pad(t.minute)}` : local;
}

/** `12 kB`, `1,4 MB` */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
