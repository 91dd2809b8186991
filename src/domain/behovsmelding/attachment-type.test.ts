import { describe, expect, it } from 'vitest';
import { cleanFilename, detectAttachmentType } from './attachment-type.ts';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 1, 2, 3]);
const zipWith = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from(`....${name}....`)]);

describe('attachment type by content', () => {
  it('knows PDF, PNG, JPEG and the office formats inside zip', () => {
    expect(detectAttachmentType(new Uint8Array(Buffer.from('%PDF-1.7\n')), 'x.bin')?.label).toBe('PDF');
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a.png')?.contentType).toBe('image/png');
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0), 'a.jpg')?.contentType).toBe('image/jpeg');
    expect(detectAttachmentType(zipWith('xl/workbook.xml'), 'budsjett.xlsx')?.label).toBe('Excel');
    expect(detectAttachmentType(zipWith('word/document.xml'), 'plan.docx')?.label).toBe('Word');
    expect(detectAttachmentType(zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'b.ods')?.label).toBe('OpenDocument-regneark');
  });

  it('judges by content, not name: an executable renamed to .pdf, a plain zip, text not named .csv are refused', () => {
    expect(detectAttachmentType(bytes(0x4d, 0x5a, 0x90, 0x00), 'budsjett.pdf')).toBeNull();
    expect(detectAttachmentType(zipWith('virus.exe'), 'budsjett.xlsx')).toBeNull();
    expect(detectAttachmentType(new Uint8Array(Buffer.from('a;b\n1;2\n')), 'notat.txt')).toBeNull();
    expect(detectAttachmentType(new Uint8Array(Buffer.from('år;beløp\n2024;59000\n')), 'budsjett.csv')?.label).toBe('CSV');
  });

  it('cleans file names', () => {
    expect(cleanFilename('C:\\Users\\ola\\Budsjett 2024.xlsx')).toBe('Budsjett 2024.xlsx');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('"<>')).toBe('vedlegg');
  });
});
