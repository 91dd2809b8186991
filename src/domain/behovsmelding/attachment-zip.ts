// Tells which office file a zip container is (xlsx, docx, ods, odt) from its central directory, without inflating
// anything (issue 8, finding 3). The directory is what Excel, Word, LibreOffice and Java read; searching the raw bytes
// for "xl/workbook" let a `.jar` pass as a spreadsheet. The archive must also read the same in every reader: no bytes
// before the first entry or between entries (where a streaming reader would find other files), local headers that
// agree with the directory, no duplicate names. Sizes come from the directory, so a zip bomb is refused unread.
// ZIP64, split and encrypted archives are refused: office files of at most 10 MB never need them.

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ARCHIVE_ENTRIES = 5000;

type TOfficeKind = 'xlsx' | 'docx' | 'ods' | 'odt';
export type TOfficeVerdict = { ok: true; kind: TOfficeKind } | { ok: false; reason: 'unknown' | 'archive' | 'too-large' };
type TEntry = { name: string; method: number; start: number; dataStart: number; dataEnd: number };

const ODF_MIMETYPES: Record<string, TOfficeKind> = {
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.text': 'odt',
};
// The part folders Office, LibreOffice and Google write in an OOXML package (docMetadata: sensitivity labels;
// _xmlsignatures: signed documents), besides `[Content_Types].xml` and the type's own folder.
const OOXML_SHARED = ['_rels/', 'docProps/', 'docMetadata/', 'customXml/', '_xmlsignatures/'];
const OOXML_OWN: Record<'xlsx' | 'docx', string> = { xlsx: 'xl/', docx: 'word/' };
/** Code a document should never carry: Java, macros, executables and scripts (what makes a `.jar` or a dropper). */
const FORBIDDEN_ENTRY = /(^|\/)(META-INF\/MANIFEST\.MF|vbaProject\.bin)$|\.(class|jar|exe|dll|com|scr|msi|bat|cmd|ps1|vbs|vbe|js|jse|wsf|wsh|hta|lnk|sh)$/i;

const fail = (reason: 'unknown' | 'archive' | 'too-large'): TOfficeVerdict => ({ ok: false, reason });

/** A path that stays inside the archive: no absolute or drive paths, no backslashes, no `.`/`..`, no control characters. */
function isSafeEntryName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters in a name are the point
  if (name === '' || /[\u0000-\u001f\\:]/.test(name) || name.startsWith('/')) return false;
  return name.split('/').every((segment, i, all) => (segment === '' ? i === all.length - 1 : segment !== '.' && segment !== '..'));
}

/** The entries of a well-formed, unambiguous archive, or why it is refused. */
function readDirectory(data: Uint8Array): TEntry[] | 'archive' | 'too-large' {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1; // the end-of-directory record: the one whose comment runs exactly to the end of the file
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (u32(i) === 0x06054b50 && i + 22 + u16(i + 20) === data.length) {
      end = i;
      break;
    }
  if (end < 0) return 'archive';
  const [disk, directoryDisk, onDisk, total, size, offset] = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10), u32(end + 12), u32(end + 16)];
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== total || total === 0xffff || offset + size !== end) return 'archive';
  if (total > MAX_ARCHIVE_ENTRIES) return 'too-large';
  const entries: TEntry[] = [];
  const names = new Set<string>();
  let unpacked = 0;
  let p = offset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > end || u32(p) !== 0x02014b50) return 'archive';
    const [flags, method, packedSize, unpackedSize, nameLength] = [u16(p + 8), u16(p + 10), u32(p + 20), u32(p + 24), u16(p + 28)];
    const start = u32(p + 42);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    p += 46 + nameLength + u16(p + 30) + u16(p + 32);
    if (p > end || flags & 0x1 || (method !== 0 && method !== 8) || [packedSize, unpackedSize, start].includes(0xffffffff)) return 'archive';
    if (!isSafeEntryName(name) || names.has(name)) return 'archive';
    unpacked += unpackedSize;
    if (unpacked > MAX_UNPACKED_BYTES) return 'too-large';
    // The local header must be there and name the same file, or two readers would see two different archives.
    if (start + 30 > offset || u32(start) !== 0x04034b50 || u16(start + 26) !== nameLength) return 'archive';
    if (!data.subarray(start + 30, start + 30 + nameLength).every((b, i) => b === nameBytes[i])) return 'archive';
    const dataStart = start + 30 + nameLength + u16(start + 28);
    entries.push({ name, method, start, dataStart, dataEnd: dataStart + packedSize });
    names.add(name);
  }
  if (p !== end) return 'archive';
  // Entries laid end to end from byte 0 to the directory; the gaps only room for a data descriptor (at most 24 bytes).
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const entry of ordered) {
    if (entry.start - cursor < 0 || entry.start - cursor > (cursor === 0 ? 0 : 24)) return 'archive';
    cursor = entry.dataEnd;
  }
  if (cursor > offset || offset - cursor > 24) return 'archive';
  return entries;
}

/** Which office file the archive is, judged by the names in its directory (and ODF's stored `mimetype`). */
export function inspectOfficeArchive(data: Uint8Array): TOfficeVerdict {
  const entries = readDirectory(data);
  if (!Array.isArray(entries)) return fail(entries);
  if (entries.some((e) => FORBIDDEN_ENTRY.test(e.name))) return fail('archive');
  const has = (name: string) => entries.some((e) => e.name === name);
  const under = (folder: string) => entries.some((e) => e.name.startsWith(folder));

  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    // OpenDocument: `mimetype` is the first entry and stored, so its content can be read as it is.
    if (mimetype.start !== 0 || mimetype.method !== 0) return fail('archive');
    const kind = ODF_MIMETYPES[new TextDecoder().decode(data.subarray(mimetype.dataStart, mimetype.dataEnd))];
    if (!kind) return fail('unknown');
    return has('content.xml') && has('META-INF/manifest.xml') ? { ok: true, kind } : fail('archive');
  }
  if (!has('[Content_Types].xml')) return fail('unknown');
  const kinds = (['xlsx', 'docx'] as const).filter((k) => under(OOXML_OWN[k]));
  if (kinds.length === 0) return fail('unknown');
  if (kinds.length > 1) return fail('archive');
  const allowed = [...OOXML_SHARED, OOXML_OWN[kinds[0]!]];
  const fits = entries.every((e) => e.name === '[Content_Types].xml' || allowed.some((folder) => e.name.startsWith(folder)));
  return fits ? { ok: true, kind: kinds[0]! } : fail('archive');
}
