// What an uploaded attachment really is, judged by its content (never by its name or the browser's claim): the
// types a behovsmelding may carry (a budget spreadsheet, a plan as PDF or Word, a picture of a timeline), the size
// limit, and the name it is stored and served under. A file must be exactly one thing (issue 8, finding 3): the
// office opens what it downloads, so a PDF that is also a web page, or a Java archive dressed as a spreadsheet, is
// refused, and a name's extension is always the detected type's. Office files are zip containers; which one is
// told by their central directory (attachment-zip.ts), never by searching the raw bytes.
import { inspectOfficeArchive } from './attachment-zip.ts';
import { msg } from '../shared/message-keys.ts';

export { MAX_ARCHIVE_ENTRIES, MAX_UNPACKED_BYTES } from './attachment-zip.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type TAttachmentType = { contentType: string; label: string; extension: string };

const TYPES = {
  pdf: { contentType: 'application/pdf', label: 'PDF', extension: 'pdf' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel', extension: 'xlsx' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word', extension: 'docx' },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument-regneark', extension: 'ods' },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument-tekst', extension: 'odt' },
  xls: { contentType: 'application/vnd.ms-excel', label: 'Excel 97–2003', extension: 'xls' },
  png: { contentType: 'image/png', label: 'PNG-bilde', extension: 'png' },
  jpg: { contentType: 'image/jpeg', label: 'JPEG-bilde', extension: 'jpg' },
  csv: { contentType: 'text/csv; charset=utf-8', label: 'CSV', extension: 'csv' },
} as const satisfies Record<string, TAttachmentType>;

export const ALLOWED_ATTACHMENT_LABELS = Object.values(TYPES).map((t) => t.label);

/** Why a file is refused: not a type we take, two types at once, an archive that is not the office file it claims, or one that unpacks too large. */
export type TAttachmentRefusal = 'unknown' | 'mixed' | 'archive' | 'too-large';
export type TAttachmentVerdict = { ok: true; type: TAttachmentType } | { ok: false; reason: TAttachmentRefusal };

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const latin1 = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');

function isUtf8Text(data: Uint8Array): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

// Markers of a second, runnable reading of the same bytes. Browsers and mshta (.hta) parse HTML anywhere in a file,
// skipping what comes before, so the whole file is searched. Only tags that start a document or run code count, and
// only with the character that must follow a tag name, so XML parts (`<headerFooter>`, `<w:body>`), PDF dictionaries
// (`<<`, `<4F6E>`) and the word "JavaScript" in a PDF's actions do not match. Compressed streams are random bytes:
// the chance that one spells `<script ` by accident is far below one in a million per 10 MB file.
const HTML_MARKERS = /<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|meta|hta:application)[\s>/]/i;

/** A PDF reader finds `%PDF-` anywhere in the first 1024 bytes; nothing but a PDF may carry it there. */
const hasPdfHeader = (data: Uint8Array) => latin1(data.subarray(0, 1024)).includes('%PDF-');

/** A zip reader looks for the end-of-directory record in the last 64 kB: a PDF or picture carrying one is also a zip. */
function hasZipDirectory(data: Uint8Array): boolean {
  const tail = latin1(data.subarray(Math.max(0, data.length - 22 - 0xffff)));
  return tail.includes('PK\x05\x06') && latin1(data).includes('PK\x01\x02');
}

/** The type by the first bytes, before the checks that a file is only that. */
function typeByMagic(data: Uint8Array, filename: string): TAttachmentType | 'zip' | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return TYPES.pdf; // %PDF-
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return TYPES.jpg;
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return /\.xls$/i.test(filename) ? TYPES.xls : null;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // A spreadsheet exported as CSV: text, named .csv.
  if (/\.csv$/i.test(filename) && data.length > 0 && isUtf8Text(data)) return TYPES.csv;
  return null;
}

/** The attachment's type from its content, or why it is refused. */
export function inspectAttachment(data: Uint8Array, filename: string): TAttachmentVerdict {
  const magic = typeByMagic(data, filename);
  if (!magic) return { ok: false, reason: 'unknown' };
  let type: TAttachmentType;
  if (magic === 'zip') {
    const office = inspectOfficeArchive(data);
    if (!office.ok) return office;
    type = TYPES[office.kind];
  } else {
    type = magic;
    if (hasZipDirectory(data)) return { ok: false, reason: 'mixed' };
  }
  if (type !== TYPES.pdf && hasPdfHeader(data)) return { ok: false, reason: 'mixed' };
  if (HTML_MARKERS.test(latin1(data))) return { ok: false, reason: 'mixed' };
  return { ok: true, type };
}

/** The attachment's type, or null when it is refused (see `inspectAttachment` for why). */
export function detectAttachmentType(data: Uint8Array, filename: string): TAttachmentType | null {
  const verdict = inspectAttachment(data, filename);
  return verdict.ok ? verdict.type : null;
}

/** The message (a message token) for a refused file, naming it as the user named it. */
export function attachmentRefusalMessage(reason: TAttachmentRefusal, filename: string): string {
  const name = cleanFilename(filename);
  switch (reason) {
    case 'unknown':
      // The list as one message (ALLOWED_ATTACHMENT_LABELS in Bokmål; attachment-type.test.ts keeps them in step).
      return msg('behovsmelding.attachment.unknownType', { name, types: msg('behovsmelding.attachment.allowedTypes') });
    case 'mixed':
      return msg('behovsmelding.attachment.mixed', { name });
    case 'archive':
      return msg('behovsmelding.attachment.archive', { name });
    case 'too-large':
      return msg('behovsmelding.attachment.unpacksTooLarge', { name });
  }
}

// Bidirectional overrides and invisible characters let `plan\u202efdp.bat` show as "plantab.pdf"; C0/C1 controls
// and the characters Windows forbids go too.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"<>:|?*]/g;

/** A file name safe to show and to send back in Content-Disposition: no folders, no control or invisible characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE_NAME_CHARS, '').trim();
  return [...cleaned].slice(0, 200).join('') || 'vedlegg';
}

const extensionsOf = (type: TAttachmentType) => (type.extension === 'jpg' ? ['jpg', 'jpeg'] : [type.extension]);
const endsWithOwn = (name: string, type: TAttachmentType) =>
  extensionsOf(type).some((e) => name.length > e.length + 1 && name.toLowerCase().endsWith(`.${e}`));

/**
 * The name an attachment is stored and served under: the user's base name with the extension of what the file is.
 * A right extension is kept as written (`Budsjett.PDF`, `bilde.jpeg`). Otherwise the last extension is dropped and
 * the type's put in its place (`plan.bat` → `plan.pdf`), without doubling one the name already ends in
 * (`budsjett.pdf.cmd` → `budsjett.pdf`, not `budsjett.pdf.pdf`). Only a letter-led run of up to ten letters and
 * digits counts as an extension, so `Budsjett v1.5` becomes `Budsjett v1.5.pdf`. Trailing dots and spaces go first:
 * Windows drops them, so `plan.bat.` would otherwise run as `plan.bat`.
 */
export function attachmentFilename(name: string, type: TAttachmentType): string {
  const trim = (s: string) => s.replace(/[.\s]+$/u, '');
  const clean = trim(cleanFilename(name));
  if (endsWithOwn(clean, type)) return clean;
  const base = trim(clean.replace(/\.[a-z][a-z0-9]{0,9}$/i, ''));
  if (endsWithOwn(base, type)) return base;
  return `${[...base].slice(0, 190).join('') || 'vedlegg'}.${type.extension}`;
}

/**
 * The name and type an attachment row goes out under (download, case file ZIP). Rows stored before names were tied
 * to content may still say `plan.bat`; they are named by their stored type here, so no bad name leaves the server.
 */
export function servedAttachment(row: { filename: string; contentType: string }): { filename: string; contentType: string } {
  const type = Object.values(TYPES).find((t) => t.contentType === row.contentType);
  if (type) return { filename: attachmentFilename(row.filename, type), contentType: type.contentType };
  return { filename: attachmentFilename(row.filename, { contentType: 'application/octet-stream', label: 'fil', extension: 'bin' }), contentType: 'application/octet-stream' };
}
