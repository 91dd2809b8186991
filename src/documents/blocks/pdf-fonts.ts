// pdfmake set up once for server use: the DejaVu Sans font (pdfmake's bundled Roboto has no ☐ ☒, which the form's
// checkboxes need; DejaVu also has æøå, ×, − and the no-break space the amounts use), read from the
// `dejavu-fonts-ttf` package in node_modules, and access policies that let pdfmake read those font files and
// nothing else: our documents never load images or URLs, so a file path or URL in user text can never be fetched.
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

export const PDF_FONT = 'DejaVuSans';

const require = createRequire(import.meta.url);
// The package has no entry point; its package.json locates the folder with the .ttf files.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const FONT_FILES = {
  normal: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italics: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  bolditalics: path.join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
};

const ALLOWED_FILES = new Set(Object.values(FONT_FILES).map((f) => path.resolve(f)));

let policiesSet = false;

/**
 * pdfmake is a process-wide singleton: the font is (re)added whenever it is missing, in case other code replaced the
 * font table, and the access policies are set once, before the first document.
 */
export function configuredPdfmake(): typeof pdfmake {
  if (!pdfmake.fonts?.[PDF_FONT]) pdfmake.addFonts({ [PDF_FONT]: FONT_FILES });
  if (!policiesSet) {
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => ALLOWED_FILES.has(path.resolve(file)));
    policiesSet = true;
  }
  return pdfmake;
}
