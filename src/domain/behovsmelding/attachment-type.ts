// What an uploaded attachment really is, judged by its content (never by its name or the browser's claim): the
// types a behovsmelding may carry (a budget spreadsheet, a plan as PDF or Word, a picture of a timeline), and the
// size limit. Office files are zip containers; which one is told by the part names inside.

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

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

function includesAscii(data: Uint8Array, text: string, limit = 64 * 1024): boolean {
  return Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, limit)).includes(text, 0, 'latin1') ||
    Buffer.from(data.buffer, data.byteOffset, data.length).includes(text, 0, 'latin1');
}

function isUtf8Text(data: Uint8Array): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** The attachment's type from its first bytes, or null when it is not one the form accepts. */
export function detectAttachmentType(data: Uint8Array, filename: string): TAttachmentType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return TYPES.pdf; // %PDF-
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return TYPES.jpg;
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return /\.xls$/i.test(filename) ? TYPES.xls : null;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    if (includesAscii(data, 'application/vnd.oasis.opendocument.spreadsheet')) return TYPES.ods;
    if (includesAscii(data, 'application/vnd.oasis.opendocument.text')) return TYPES.odt;
    if (includesAscii(data, 'xl/workbook') || includesAscii(data, 'xl/_rels')) return TYPES.xlsx;
    if (includesAscii(data, 'word/document') || includesAscii(data, 'word/_rels')) return TYPES.docx;
    return null;
  }
  // A spreadsheet exported as CSV: text, named .csv.
  if (/\.csv$/i.test(filename) && data.length > 0 && isUtf8Text(data)) return TYPES.csv;
  return null;
}

/** A file name safe to show and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>:|?*'.includes(c))
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'vedlegg';
}
