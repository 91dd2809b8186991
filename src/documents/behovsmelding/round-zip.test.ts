// The case-file archive, read back: every entry with its bytes and a safe UTF-8 name, duplicates kept apart, and
// paths from user input unable to escape the archive's root.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentFilePath, caseFilePath, safeFileName } from './case-file-path.ts';
import { renderRoundZip, safeZipPath } from './round-zip.ts';
import { testSnapshot } from './test-snapshot.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

async function readBack(entries: Parameters<typeof renderRoundZip>[0]) {
  const files = unzipSync(new Uint8Array(await renderRoundZip(entries)));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, Buffer.from(data).toString('utf8')]));
}

describe('caseFilePath', () => {
  it('names a submission by document number and partnership', () => {
    const snapshot = testSnapshot();
    expect(caseFilePath(snapshot)).toBe('2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.pdf');
    expect(caseFilePath(snapshot, 'docx')).toBe('2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.docx');
  });

  it('puts attachments under vedlegg/<docnr>/ with a safe name', () => {
    const snapshot = testSnapshot();
    expect(attachmentFilePath(snapshot, { filename: 'Budsjett UiT 2024-2025.pdf' })).toBe('vedlegg/2023-8245-3/Budsjett UiT 2024-2025.pdf');
    expect(attachmentFilePath(snapshot, { filename: 'Konkretiseringsavtale: utkast?.docx' })).toBe('vedlegg/2023-8245-3/Konkretiseringsavtale_ utkast_.docx');
    expect(attachmentFilePath(snapshot, { filename: '../../etc/passwd' })).toBe('vedlegg/2023-8245-3/_.._etc_passwd');
  });

  it('makes any name safe on every file system', () => {
    expect(safeFileName('  .skjult  ')).toBe('skjult');
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('a\u0000b\tc\nd')).toBe('a_b_c_d');
    expect(safeFileName('...')).toBe('fil');
    expect(safeFileName('Ø'.repeat(300) + '.pdf')).toBe('Ø'.repeat(146) + '.pdf');
    // Names from macOS arrive decomposed (Å as A + ring); stored composed, they compare equal everywhere.
    expect(safeFileName('Årøy.pdf'.normalize('NFD'))).toBe('Årøy.pdf');
  });
});

describe('renderRoundZip', () => {
  it('contains every entry with its content, names in UTF-8', async () => {
    const snapshot = testSnapshot();
    const files = await readBack([
      { path: caseFilePath(snapshot), data: bytes('pdf') },
      { path: caseFilePath(snapshot, 'json'), data: bytes('{}') },
      { path: attachmentFilePath(snapshot, snapshot.attachments[0]!), data: bytes('vedlegg') },
      { path: 'oversikt.xlsx', data: bytes('xlsx') },
    ]);
    expect(files).toEqual({
      '2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.pdf': 'pdf',
      '2023-8245-3 Kompetanseløftet Sør-Troms og Evenes.json': '{}',
      'vedlegg/2023-8245-3/Budsjett UiT 2024-2025.pdf': 'vedlegg',
      'oversikt.xlsx': 'xlsx',
    });
  });

  it('keeps entries with the same name apart, compared as Windows and macOS do (case-insensitive)', async () => {
    const files = await readBack([
      { path: 'vedlegg/1/Budsjett.pdf', data: bytes('a') },
      { path: 'vedlegg/1/budsjett.pdf', data: bytes('b') },
      { path: 'vedlegg/1/Budsjett.pdf', data: bytes('c') },
    ]);
    expect(files).toEqual({ 'vedlegg/1/Budsjett.pdf': 'a', 'vedlegg/1/budsjett (2).pdf': 'b', 'vedlegg/1/Budsjett (3).pdf': 'c' });
  });

  it('never lets a path point outside the archive', async () => {
    expect(safeZipPath('../../etc/passwd')).toBe('etc/passwd');
    expect(safeZipPath('/abs/./x\\..\\y.txt')).toBe('abs/x/y.txt');
    expect(safeZipPath('C:\\Users\\x.txt')).toBe('C_/Users/x.txt');
    const files = await readBack([{ path: '../../utenfor.txt', data: bytes('x') }]);
    expect(Object.keys(files)).toEqual(['utenfor.txt']);
  });

  it('gives the same archive for the same entries', async () => {
    const entries = [{ path: 'a.txt', data: bytes('samme innhold') }];
    expect(Buffer.compare(await renderRoundZip(entries), await renderRoundZip(entries))).toBe(0);
  });
});
