// File names for the case file archive: a submission's documents are named by document number and partnership
// (`2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.pdf`), its attachments go under `vedlegg/<docnr>/`. Names come
// from user input (partnership names, uploaded file names), so every path segment is made safe to unpack on
// Windows, macOS and Linux: no separators, no reserved characters or names, no leading dots, bounded length.
import type { TApplicationSnapshot, TSnapshotAttachment } from '../../domain/behovsmelding/application-snapshot.ts';

const MAX_SEGMENT = 150;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** One path segment made safe; `fallback` when nothing usable is left. */
export function safeFileName(name: string, fallback = 'fil'): string {
  let safe = name
    .normalize('NFC')
    .replace(UNSAFE_CHARS, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, ''); // Windows drops trailing dots and spaces; a leading dot hides the file
  if (safe === '') return fallback;
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return truncateKeepingExtension(safe, MAX_SEGMENT);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name]; // by code point, never splitting a surrogate pair
  if (chars.length <= max) return name;
  const dot = chars.lastIndexOf('.');
  const extension = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  return chars.slice(0, max - extension.length).join('').trimEnd() + extension.join('');
}

/** `2023/8245-3` → `2023-8245-3`: the document number as a file name. */
export const documentNumberFileName = (documentNumber: string) => safeFileName(documentNumber.replace(/\//g, '-'), 'uten-dokumentnummer');

/** `2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.pdf` */
export function caseFilePath(snapshot: TApplicationSnapshot, extension: 'pdf' | 'docx' | 'json' = 'pdf'): string {
  return safeFileName(`${documentNumberFileName(snapshot.documentNumber)} ${snapshot.partnership.name}.${extension}`);
}

/** `vedlegg/2023-8245-3/Budsjett UiT.pdf` */
export function attachmentFilePath(snapshot: TApplicationSnapshot, attachment: Pick<TSnapshotAttachment, 'filename'>): string {
  return `vedlegg/${documentNumberFileName(snapshot.documentNumber)}/${safeFileName(attachment.filename, 'vedlegg')}`;
}

/**
 * A round's export file name from its title: `Behovsmeldinger 2024 – Troms og Finnmark` keeps its dash and single
 * spaces (the title is only made safe, never stripped of punctuation); `utlysning` when nothing usable is left.
 * `suffix` follows after a dash: `… – saksmappe`.
 */
export function roundFileName(title: string, extension: 'xlsx' | 'zip', suffix?: string): string {
  return safeFileName(`${safeFileName(title, 'utlysning')}${suffix ? ` – ${suffix}` : ''}.${extension}`);
}
