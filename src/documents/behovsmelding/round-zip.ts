// The round's case file as one ZIP archive (each submission's PDF, DOCX and JSON, and its attachments), built with
// fflate (docs/adr/007-zip-library.md). Paths are made safe segment by segment and kept unique, so an archive made
// from user-named files unpacks to the same tree everywhere; names are stored as UTF-8 (æøå survive).
import { zipSync, type Zippable } from 'fflate';
import { safeFileName } from './case-file-path.ts';

export { attachmentFilePath, caseFilePath, roundFileName } from './case-file-path.ts';

export type TZipEntry = {
  path: string;
  data: Buffer;
  /** Shown as the file's date when unpacked; without it a fixed date, so the same entries give the same archive. */
  modifiedAt?: Date;
};

/** ZIP dates start in 1980; a fixed one keeps archives reproducible. */
const FIXED_DATE = new Date('1980-01-01T12:00:00Z');

// Formats that are compressed already: deflating them again costs time and saves nothing.
const STORED = /\.(pdf|docx|xlsx|pptx|odt|ods|zip|7z|gz|png|jpe?g|gif|webp|heic|mp4|mov|mp3)$/i;

export async function renderRoundZip(entries: TZipEntry[]): Promise<Buffer> {
  const files: Zippable = {};
  const taken = new Set<string>();
  for (const entry of entries) {
    const path = uniquePath(safeZipPath(entry.path), taken);
    files[path] = [new Uint8Array(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength), { level: STORED.test(path) ? 0 : 6, mtime: entry.modifiedAt ?? FIXED_DATE }];
  }
  return Buffer.from(zipSync(files));
}

/** Each segment made safe; `.`, `..` and empty segments dropped, so nothing can point outside the archive's root. */
export function safeZipPath(path: string): string {
  const segments = path
    .split(/[/\\]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => safeFileName(s));
  return segments.length > 0 ? segments.join('/') : 'fil';
}

/**
 * Two entries with the same path (two attachments both called "Budsjett.pdf") would overwrite each other when
 * unpacked: the later one becomes "Budsjett (2).pdf". Compared case-insensitively, as Windows and macOS do.
 */
function uniquePath(path: string, taken: Set<string>): string {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = path;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase('nb')); n++) candidate = `${dir}${base} (${n})${extension}`;
  taken.add(candidate.toLocaleLowerCase('nb'));
  return candidate;
}
