// The PDF's font: DejaVu Sans from the `dejavu-fonts-ttf` package. It has the ☐ ☒ of the form's checkboxes (the
// 14 standard PDF fonts and Roboto do not), æøå and the Sámi letters, × and −, and the no-break space the amounts use.
// PDF/UA wants every font embedded, which a TrueType font always is; pdfkit embeds only the glyphs used.
import { createRequire } from 'node:module';
import path from 'node:path';

export type TFontFace = 'normal' | 'bold' | 'italic' | 'boldItalic';

const require = createRequire(import.meta.url);
// The package has no entry point; its package.json locates the folder with the .ttf files.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The file of each face, registered under the face's name in every document (read by pdfkit, nothing else). */
export const PDF_FONT_FILES: Record<TFontFace, string> = {
  normal: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  boldItalic: path.join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
};
