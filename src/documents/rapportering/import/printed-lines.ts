// The lines of a text extraction of "Svar – Intern rapport", classified as the spec's "What a text extraction of the
// printed report looks like" describes them, and the one rule that turns printed lines back into the text that was
// printed. Empty lines mean nothing; a line of one space separates; a line of two spaces ends a finished page; a
// single-space line after two or more empty lines (or a form feed) is a page break; URL lines are the links the
// extraction collects at the bottom of each page.

export type TLineKind = 'text' | 'separator' | 'end' | 'link';

export type TPrintedLine = {
  /** 1-based line number in the file: what problems point at. */
  no: number;
  /** The line as printed, trailing spaces kept (they carry the word breaks). */
  raw: string;
  kind: TLineKind;
  /** 0-based page, counted by page breaks: links belong to the page they stand on. */
  page: number;
};

export type TReadLines = {
  /** Every line but empty lines and page breaks, in file order. */
  lines: TPrintedLine[];
  total: number;
  /** Lines from which characters no extraction prints were removed. */
  strayCharacters: number[];
};

// Control characters, the replacement character and invisible marks: an extraction of a printout does not make them,
// so they are damage. Tab and form feed are left to the rules below.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd\u200b-\u200d\u2060-\u2064]/g;
const LINK = /^https?:\/\/\S+$/;

export function readPrintedLines(text: string): TReadLines {
  const rawLines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  // A file that ends with a newline has no line after it.
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines: TPrintedLine[] = [];
  const strayCharacters: number[] = [];
  let page = 0;
  let emptyRun = 0;
  rawLines.forEach((original, index) => {
    const no = index + 1;
    let raw = original;
    if (raw.includes('\f')) {
      page += 1;
      emptyRun = 0;
      raw = raw.replace(/\f/g, '');
    }
    const cleaned = raw.replace(STRAY, '').replace(/\t/g, ' ');
    if (cleaned !== raw) strayCharacters.push(no);
    raw = cleaned;
    if (raw === '') {
      emptyRun += 1;
      return;
    }
    if (raw === ' ') {
      if (emptyRun >= 2) {
        // A page break: three empty lines, one space, one empty line.
        page += 1;
      } else {
        lines.push({ no, raw, kind: 'separator', page });
      }
      emptyRun = 0;
      return;
    }
    emptyRun = 0;
    if (raw.trim() === '') {
      lines.push({ no, raw, kind: raw.length === 2 ? 'end' : 'separator', page });
      return;
    }
    lines.push({ no, raw, kind: LINK.test(raw.trim()) ? 'link' : 'text', page });
  });
  return { lines, total: rawLines.length, strayCharacters };
}

/** The printed text of consecutive lines: the lines concatenated as they are — each keeps its trailing space, a line
 * broken after a hyphen has none — then runs of whitespace collapsed and the ends trimmed (the spec's normalisation).
 * A line that lost its trailing space but does not end in a word-breaking hyphen is joined with a space, so a damaged
 * extraction does not glue words together; on a sound one this changes nothing. */
export function joinPrinted(raws: readonly string[]): string {
  let joined = '';
  for (const raw of raws) {
    const hyphenBreak = /\S-$/.test(raw);
    joined += /\s$/.test(raw) || hyphenBreak ? raw : `${raw} `;
  }
  return collapse(joined);
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
