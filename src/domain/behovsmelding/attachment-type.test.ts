// What an attachment is, judged by its content. Finding 3 of issue 8 (an attacker uploads a file whose name and
// content disagree, so the office's case handler opens something else than it thinks): `plan.bat` holding a PDF,
// PDF/HTML and PDF/ZIP polyglots, a `.jar` passing as xlsx, archives with paths that climb out, zip bombs. The last
// block proves the fix does not block too much: the app's own PDF, XLSX and DOCX and LibreOffice-shaped files pass.
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderApplicationDocx } from '../../documents/behovsmelding/application-docx.ts';
import { renderApplicationPdf } from '../../documents/behovsmelding/application-pdf.ts';
import { renderRoundXlsx } from '../../documents/behovsmelding/round-xlsx.ts';
import { testSnapshot } from '../../documents/behovsmelding/test-snapshot.ts';
import { renderNb } from '../shared/message-catalogs.ts';
import {
  ALLOWED_ATTACHMENT_LABELS,
  MAX_ARCHIVE_ENTRIES,
  MAX_UNPACKED_BYTES,
  attachmentFilename,
  attachmentRefusalMessage,
  cleanFilename,
  detectAttachmentType,
  inspectAttachment,
  servedAttachment,
} from './attachment-type.ts';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const bytes = (...b: number[]) => new Uint8Array([...b, 0, 1, 2, 3]);
const zip = (files: Zippable) => zipSync(files, { level: 6 });
const PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const xml = (s = '<x/>') => text(`<?xml version="1.0"?>${s}`);
/** The parts Excel writes, enough for the type to be told. */
const xlsxParts = (): Zippable => ({
  '[Content_Types].xml': xml(),
  '_rels/.rels': xml(),
  'docProps/app.xml': xml(),
  'xl/workbook.xml': xml(),
  'xl/worksheets/sheet1.xml': xml('<worksheet><headerFooter/></worksheet>'),
});
const docxParts = (): Zippable => ({ '[Content_Types].xml': xml(), '_rels/.rels': xml(), 'word/document.xml': xml('<w:document><w:body/></w:document>') });
/** As LibreOffice writes it: `mimetype` first and stored, then the manifest and content. */
const odf = (mimetype: string, level: 0 | 6 = 0): Zippable => ({
  mimetype: [text(mimetype), { level }],
  'META-INF/manifest.xml': xml(),
  'content.xml': xml('<office:document-content><office:body/></office:document-content>'),
  'Thumbnails/thumbnail.png': [new Uint8Array([...PNG, 1, 2, 3]), { level: 0 }],
});
const reason = (data: Uint8Array, name: string) => {
  const verdict = inspectAttachment(data, name);
  return verdict.ok ? verdict.type.extension : verdict.reason;
};

/** Sets the uncompressed size of every central directory entry: what a zip bomb claims, without inflating anything. */
function claimUnpackedSizes(archive: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(archive);
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 46 <= copy.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return copy;
}

describe('attachment type by content', () => {
  it('knows PDF, PNG, JPEG and the office formats by their central directory', () => {
    expect(detectAttachmentType(text(PDF), 'x.bin')?.label).toBe('PDF');
    expect(detectAttachmentType(bytes(...PNG), 'a.png')?.contentType).toBe('image/png');
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0), 'a.jpg')?.contentType).toBe('image/jpeg');
    expect(detectAttachmentType(zip(xlsxParts()), 'budsjett.xlsx')?.label).toBe('Excel');
    expect(detectAttachmentType(zip(docxParts()), 'plan.docx')?.label).toBe('Word');
    expect(detectAttachmentType(zip(odf('application/vnd.oasis.opendocument.spreadsheet')), 'b.ods')?.label).toBe('OpenDocument-regneark');
    expect(detectAttachmentType(zip(odf('application/vnd.oasis.opendocument.text')), 'b.odt')?.label).toBe('OpenDocument-tekst');
  });

  it('judges by content, not name: an executable renamed to .pdf, a plain zip, text not named .csv are refused', () => {
    expect(detectAttachmentType(bytes(0x4d, 0x5a, 0x90, 0x00), 'budsjett.pdf')).toBeNull();
    expect(detectAttachmentType(zip({ 'virus.exe': bytes(0x4d, 0x5a) }), 'budsjett.xlsx')).toBeNull();
    expect(detectAttachmentType(text('a;b\n1;2\n'), 'notat.txt')).toBeNull();
    expect(detectAttachmentType(new Uint8Array(Buffer.from('år;beløp\n2024;59000\n')), 'budsjett.csv')?.label).toBe('CSV');
  });

  it('cleans file names', () => {
    expect(cleanFilename('C:\\Users\\ola\\Budsjett 2024.xlsx')).toBe('Budsjett 2024.xlsx');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('"<>')).toBe('vedlegg');
  });

  it('names every type it takes when it refuses one, in Bokmål as the types are labelled', () => {
    expect(renderNb(attachmentRefusalMessage('unknown', 'plan.bat'))).toBe(
      `«plan.bat» er ikke en filtype skjemaet tar imot. Tillatt: ${ALLOWED_ATTACHMENT_LABELS.join(', ')}.`,
    );
  });
});

describe('Finding 3: attachment names are tied to their content', () => {
  const pdf = detectAttachmentType(text(PDF), 'x')!;
  const xlsx = detectAttachmentType(zip(xlsxParts()), 'x')!;
  const jpg = detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0), 'x')!;

  it('Finding 3: a PDF named plan.bat is stored and served as plan.pdf', () => {
    expect(attachmentFilename('plan.bat', pdf)).toBe('plan.pdf');
    expect(attachmentFilename('plan.hta', pdf)).toBe('plan.pdf');
    expect(attachmentFilename('plan.html', pdf)).toBe('plan.pdf');
  });

  it('Finding 3: a double extension keeps the real one once (budsjett.pdf.cmd → budsjett.pdf)', () => {
    expect(attachmentFilename('budsjett.pdf.cmd', pdf)).toBe('budsjett.pdf');
    expect(attachmentFilename('budsjett.pdf .bat.', pdf)).toBe('budsjett.pdf');
    expect(attachmentFilename('kalkyle.jar', xlsx)).toBe('kalkyle.xlsx');
    expect(attachmentFilename('kalkyle.pdf', xlsx)).toBe('kalkyle.xlsx');
  });

  it('Finding 3: a right name is kept as the user wrote it; a name without an extension gets one', () => {
    expect(attachmentFilename('Budsjett UiT 2024.PDF', pdf)).toBe('Budsjett UiT 2024.PDF');
    expect(attachmentFilename('tidslinje.jpeg', jpg)).toBe('tidslinje.jpeg');
    expect(attachmentFilename('Budsjett v1.5', pdf)).toBe('Budsjett v1.5.pdf');
    expect(attachmentFilename('plan', pdf)).toBe('plan.pdf');
    expect(attachmentFilename('.pdf', pdf)).toBe('vedlegg.pdf');
  });

  it('Finding 3: bidirectional and invisible characters cannot make plan<U+202E>fdp.bat look like a PDF', () => {
    expect(cleanFilename('plan\u202efdp.bat')).toBe('planfdp.bat');
    expect(attachmentFilename('plan\u202efdp.bat', pdf)).toBe('planfdp.pdf');
    expect(cleanFilename('bud\u200bsjett\u2066.pdf')).toBe('budsjett.pdf');
  });

  it('Finding 3: rows stored before the fix are served under the name of their stored type', () => {
    expect(servedAttachment({ filename: 'plan.bat', contentType: 'application/pdf' })).toEqual({ filename: 'plan.pdf', contentType: 'application/pdf' });
    expect(servedAttachment({ filename: 'kalkyle.jar', contentType: xlsx.contentType })).toEqual({ filename: 'kalkyle.xlsx', contentType: xlsx.contentType });
    expect(servedAttachment({ filename: 'Budsjett.xlsx', contentType: xlsx.contentType }).filename).toBe('Budsjett.xlsx');
    // A type this version does not know is served as opaque bytes, never under a name that runs.
    expect(servedAttachment({ filename: 'x.exe', contentType: 'application/x-msdownload' })).toEqual({ filename: 'x.bin', contentType: 'application/octet-stream' });
  });
});

describe('Finding 3: polyglots are refused', () => {
  it('Finding 3: a PDF that is also HTML or an HTA (plan.hta / plan.html polyglots) is refused', () => {
    expect(reason(text(`${PDF}<html><body><script>alert(1)</script></body></html>`), 'plan.hta')).toBe('mixed');
    expect(reason(text(`%PDF-1.7\n<HTA:APPLICATION ID="x">\n<script language="VBScript">CreateObject("WScript.Shell")</script>`), 'plan.pdf')).toBe('mixed');
    expect(reason(text(`%PDF-1.7\n%<!DOCTYPE html>\n${PDF}`), 'plan.pdf')).toBe('mixed');
    expect(reason(text(`%PDF-1.7\n<iframe src="https://evil.example">`), 'plan.pdf')).toBe('mixed');
  });

  it('Finding 3: a PDF with a zip appended, and a zip that is also a PDF, are refused', () => {
    const appended = new Uint8Array(Buffer.concat([Buffer.from(PDF), Buffer.from(zip({ 'run.bat': text('calc') }))]));
    expect(reason(appended, 'plan.pdf')).toBe('mixed');
    const pdfInside = zip({ 'xl/a.pdf': [text(PDF), { level: 0 }], ...xlsxParts() });
    expect(reason(pdfInside, 'budsjett.xlsx')).toBe('mixed');
  });

  it('Finding 3: pictures carrying HTML or a PDF header are refused', () => {
    expect(reason(new Uint8Array([...PNG, ...text('<script>alert(1)</script>')]), 'bilde.png')).toBe('mixed');
    expect(reason(new Uint8Array([0xff, 0xd8, 0xff, 0xfe, ...text(PDF)]), 'bilde.jpg')).toBe('mixed');
  });

  it('Finding 3 (not too much): PDF words and XML that only look alike are accepted', () => {
    // A real PDF may carry JavaScript actions and XMP metadata; neither is HTML.
    const legit = `%PDF-1.6\n1 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\n2 0 obj\n<< /Type /Metadata >>\nstream\n<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>\nendstream\nendobj\n<4F6E65>\n%%EOF\n`;
    expect(reason(text(legit), 'plan.pdf')).toBe('pdf');
    expect(reason(new Uint8Array(Buffer.from('Tiltak;Beløp\n"<headerFooter>";1\n')), 'budsjett.csv')).toBe('csv');
  });
});

describe('Finding 3: office files are checked by their central directory', () => {
  it('Finding 3: a .jar passing as xlsx (META-INF/MANIFEST.MF, .class entries) is refused', () => {
    const jar = zip({ 'META-INF/MANIFEST.MF': text('Main-Class: Evil\n'), 'Evil.class': bytes(0xca, 0xfe, 0xba, 0xbe), ...xlsxParts() });
    expect(reason(jar, 'kalkyle.xlsx')).toBe('archive');
    expect(reason(zip({ ...xlsxParts(), 'xl/Evil.class': bytes(0xca, 0xfe) }), 'kalkyle.xlsx')).toBe('archive');
    expect(reason(zip({ ...xlsxParts(), 'xl/vbaProject.bin': bytes(0xd0, 0xcf) }), 'kalkyle.xlsx')).toBe('archive');
    expect(reason(zip({ ...docxParts(), 'word/run.exe': bytes(0x4d, 0x5a) }), 'plan.docx')).toBe('archive');
  });

  it('Finding 3: a name found only inside an entry’s bytes does not make an xlsx', () => {
    // The old check searched the raw bytes for "xl/workbook"; the name must be an entry of the directory.
    expect(reason(zip({ '[Content_Types].xml': xml(), 'notes.txt': [text('xl/workbook.xml word/document.xml'), { level: 0 }] }), 'b.xlsx')).toBe('unknown');
    expect(reason(zip({ 'xl/workbook.xml': xml() }), 'b.xlsx')).toBe('unknown'); // no [Content_Types].xml
    expect(reason(zip({ ...xlsxParts(), ...docxParts() }), 'b.xlsx')).toBe('archive'); // both at once
  });

  it('Finding 3: an OpenDocument file needs its stored mimetype entry with the right content', () => {
    expect(reason(zip({ 'content.xml': [text('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }), 'b.ods')).toBe('unknown');
    expect(reason(zip(odf('application/vnd.oasis.opendocument.presentation')), 'b.ods')).toBe('unknown');
    expect(reason(zip(odf('application/vnd.oasis.opendocument.spreadsheet', 6)), 'b.ods')).toBe('archive'); // not stored
    expect(reason(zip({ ...odf('application/vnd.oasis.opendocument.text'), 'Scripts/java/Evil.class': bytes(0xca) }), 'b.odt')).toBe('archive');
  });

  it('Finding 3: entries with .. or absolute paths are refused', () => {
    for (const name of ['xl/../../evil.xml', '/etc/cron.d/x', 'xl\\..\\evil.xml', 'C:/evil.xml', 'xl/./a.xml'])
      expect(reason(zip({ ...xlsxParts(), [name]: xml() }), 'b.xlsx'), name).toBe('archive');
  });

  it('Finding 3: a zip bomb is refused from its central directory, without inflating', () => {
    const claimed = claimUnpackedSizes(zip(xlsxParts()), Math.ceil(MAX_UNPACKED_BYTES / 4));
    expect(reason(claimed, 'b.xlsx')).toBe('too-large');
    // A real bomb (101 MB of zeros in about 100 kB) is uploaded in attachment-hardening.test.ts.
    const many: Zippable = xlsxParts();
    for (let i = 0; i < MAX_ARCHIVE_ENTRIES; i++) many[`xl/media/${i}.png`] = new Uint8Array(0);
    expect(reason(zip(many), 'b.xlsx')).toBe('too-large');
  });

  it('Finding 3: archives that different readers would read differently are refused', () => {
    const good = zip(xlsxParts());
    // Bytes hidden in front of the archive (a second file a streaming reader would see).
    expect(reason(new Uint8Array([...good.subarray(0, 30), ...good]), 'b.xlsx')).toBe('archive');
    // A central directory entry whose name differs from its local header.
    const renamed = new Uint8Array(good);
    const cd = Buffer.from(renamed).indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    renamed[cd + 46] = 'X'.charCodeAt(0);
    expect(reason(renamed, 'b.xlsx')).toBe('archive');
    // A truncated archive has no directory to read.
    expect(reason(good.subarray(0, good.length - 10), 'b.xlsx')).toBe('archive');
  });
});

describe('Finding 3 (not too much): the files real people and this app make are accepted', () => {
  it('the app’s own application PDF (pdfkit), application DOCX (docx) and round XLSX (exceljs)', async () => {
    const snapshot = testSnapshot();
    const pdf = await renderApplicationPdf(snapshot);
    expect(inspectAttachment(pdf, 'Behovsmelding.pdf')).toMatchObject({ ok: true, type: { extension: 'pdf' } });
    const docx = await renderApplicationDocx(snapshot);
    expect(inspectAttachment(docx, 'Behovsmelding.docx')).toMatchObject({ ok: true, type: { extension: 'docx' } });
    const xlsx = await renderRoundXlsx({ round: { title: 'Behovsmeldinger 2024', year: 2024, officeName: 'Troms og Finnmark', budgetFrameKr: 1_000_000 }, applications: [] });
    expect(inspectAttachment(xlsx, 'Oversikt.xlsx')).toMatchObject({ ok: true, type: { extension: 'xlsx' } });
  });

  it('a LibreOffice-shaped spreadsheet and text document, and an xlsx with sensitivity label and signature parts', () => {
    expect(reason(zip({ ...odf('application/vnd.oasis.opendocument.spreadsheet'), 'Configurations2/': new Uint8Array(0), 'Object 1/content.xml': xml() }), 'b.ods')).toBe('ods');
    expect(reason(zip({ ...odf('application/vnd.oasis.opendocument.text'), 'Pictures/1.png': new Uint8Array(PNG) }), 'b.odt')).toBe('odt');
    expect(reason(zip({ ...xlsxParts(), 'docMetadata/LabelInfo.xml': xml(), '_xmlsignatures/sig1.xml': xml(), 'customXml/item1.xml': xml() }), 'b.xlsx')).toBe('xlsx');
  });
});
