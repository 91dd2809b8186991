// For tests: what poppler's `pdfinfo` (Debian package poppler-utils) says of a PDF — `Tagged: yes` and, with
// -struct, the structure tree a screen reader walks. A second, independent reader of the files pdfkit writes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

const MISSING =
  'pdfinfo is missing: it comes with the Debian package poppler-utils. `npm test` installs it when run as root; ' +
  'otherwise run `sudo apt-get install -y poppler-utils`.';

/** pdfinfo's output for the PDF, with `args` (e.g. -struct) before the file. */
export async function pdfinfo(pdf: Buffer, ...args: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdfinfo-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await new Promise<string>((resolve, reject) =>
      execFile('pdfinfo', [...args, file], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') reject(new Error(MISSING));
        else if (error) reject(new Error(`pdfinfo failed: ${stderr || error.message}`));
        else resolve(stdout);
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The structure types pdfinfo -struct lists (H1, P, Table, TH …), each once, in order of first appearance. */
export async function structureTypes(pdf: Buffer): Promise<string[]> {
  const tree = await pdfinfo(pdf, '-struct');
  return [...new Set(tree.split('\n').map((line) => /^\s*([A-Z][A-Za-z0-9]*)/.exec(line)?.[1]).filter((t): t is string => !!t))];
}

/**
 * The marks of an accessible PDF (PDF/UA) that poppler can see: tagged, a structure tree with headings and tables
 * (header cells included), the document's language and title (shown in the title bar, not the file name).
 */
export async function expectTaggedPdf(pdf: Buffer, { lang, title }: { lang: string; title: string }) {
  const info = await pdfinfo(pdf);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toContain(`Title:           ${title}`);
  expect(await structureTypes(pdf)).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']));
  // The catalog is not compressed: its entries can be read in the bytes.
  const raw = pdf.toString('latin1');
  expect(raw).toContain(`/Lang (${lang})`);
  expect(raw).toMatch(/\/DisplayDocTitle true/);
  expect(raw).toContain('pdfuaid:part>1<');
}
