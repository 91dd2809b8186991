// The page layout of the blocks' PDF: a heading is kept with what it introduces wherever the text before it ends
// (issue 12, point 12: "6. Bruk av tilskuddsmidler og budsjett" stood alone at the foot of page 4), and a table that
// runs over a page repeats its header row there. Each layout is checked on the rendered pages as pdf.js reads them.
// And the file: the same bytes for the same input, and metadata that stays valid XML whatever the title says.
import { describe, expect, it } from 'vitest';
import type { TDocBlock } from './document-blocks.ts';
import { renderBlocksPdf } from './pdf-document.ts';
import { normalised, pdfPages } from './test-pdf-text.ts';
import { pdfinfo } from './test-pdfinfo.ts';

const META = { title: 'Testdokument', lang: 'nb-NO', date: new Date('2023-11-30T14:05:00Z'), footer: (page: number, pages: number) => `side ${page} av ${pages}` };

/** n one-line paragraphs: the text before the heading ends a little further down the page with every n. */
const filler = (n: number): TDocBlock[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', text: `Fylltekst ${i + 1}.` }));

const HEADING = { kind: 'heading', level: 1, text: '6. Bruk av tilskuddsmidler og budsjett' } as const satisfies TDocBlock;

async function pagesOf(blocks: TDocBlock[]): Promise<string[]> {
  return (await pdfPages(await renderBlocksPdf(blocks, META))).map(normalised);
}

/** The page the heading is on (it must be on exactly one). */
function headingPage(pages: string[]): string {
  const on = pages.filter((p) => p.includes(HEADING.text));
  expect(on).toHaveLength(1);
  return on[0]!;
}

describe('renderBlocksPdf: page breaks', () => {
  // A page holds some 40 of these paragraphs: the heading moves through the foot of the first page and on.
  const LEADS = Array.from({ length: 13 }, (_, i) => 32 + i);

  const answer = `Første linje av svaret. ${'Svaret fortsetter over mange linjer. '.repeat(40)}`;
  const table: TDocBlock = {
    kind: 'table',
    caption: 'Tabell 6.2 Budsjett',
    columns: [{ header: 'Post', weight: 3 }, { header: 'Beløp', weight: 1, align: 'right' }],
    rows: Array.from({ length: 6 }, (_, i) => ({ kind: 'cells', cells: [`Post nummer ${i + 1}`, `${(i + 1) * 1000}`] })),
  };
  /** What may follow a section heading, and the start of it that must share the heading's page. */
  const FOLLOWERS: { name: string; blocks: TDocBlock[]; start: string }[] = [
    { name: 'a question', blocks: [{ kind: 'field', label: '6.1 Hva skal midlene brukes til?', answer }], start: '6.1 Hva skal midlene brukes til? Første linje av svaret. Svaret fortsetter' },
    { name: 'a table', blocks: [table], start: 'Tabell 6.2 Budsjett Post Beløp Post nummer 1 1000' },
    { name: 'a sub-heading and a table', blocks: [{ kind: 'heading', level: 2, text: 'Tromsø kommune' }, table], start: 'Tromsø kommune Tabell 6.2 Budsjett Post Beløp Post nummer 1 1000' },
    { name: 'label–value pairs', blocks: [{ kind: 'facts', rows: [{ label: 'Del', value: 'Tromsø' }, { label: 'Embete', value: 'Troms og Finnmark' }] }], start: 'Del Tromsø' },
  ];

  it('a section heading is never left alone at the foot of a page', async () => {
    for (const follower of FOLLOWERS) {
      for (const n of LEADS) {
        const pages = await pagesOf([...filler(n), HEADING, ...follower.blocks]);
        // The heading and the first lines of what it introduces share a page.
        expect(headingPage(pages), `${follower.name}, ${n} paragraphs before the heading`).toContain(`${HEADING.text} ${follower.start}`);
      }
    }
  }, 60_000);

  it('repeats a table’s header row on the next page and never splits a row', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ kind: 'cells' as const, cells: [`Rad ${i + 1} første linje\nrad ${i + 1} andre linje`, `${i + 1}`] }));
    const pages = await pagesOf([{ kind: 'table', caption: null, columns: [{ header: 'Aktivitet', weight: 3 }, { header: 'Antall', weight: 1, align: 'right' }], rows }]);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page.startsWith('Aktivitet Antall'), page.slice(0, 60)).toBe(true);
    for (let i = 1; i <= 120; i++) {
      const holding = pages.filter((p) => p.includes(`Rad ${i} første linje`));
      expect(holding, `row ${i}`).toHaveLength(1);
      expect(holding[0]).toContain(`Rad ${i} første linje rad ${i} andre linje ${i}`);
    }
  });
});

describe('renderBlocksPdf: the file', () => {
  it('is the same bytes for the same blocks (its dates and id come from the input, not the clock)', async () => {
    const blocks: TDocBlock[] = [{ kind: 'title', text: 'Tittel', subtitle: 'Undertittel' }, { kind: 'paragraph', text: 'Tekst.' }];
    const first = await renderBlocksPdf(blocks, META);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later: a date from the clock would differ
    expect((await renderBlocksPdf(blocks, META)).equals(first)).toBe(true);
    // A snapshot whose time cannot be read still renders, to a fixed date.
    const undated = { ...META, date: new Date('not a time') };
    expect((await renderBlocksPdf(blocks, undated)).equals(await renderBlocksPdf(blocks, undated))).toBe(true);
  });

  it('keeps its XMP metadata well-formed with & and < in the title, and the title as it is in the Info dictionary', async () => {
    const pdf = await renderBlocksPdf([{ kind: 'title', text: 'A & B', subtitle: '' }], { ...META, title: 'Partnerskapet A & B <nord>', author: 'Ås & Co' });
    expect(await pdfinfo(pdf)).toContain('Title:           Partnerskapet A & B <nord>');
    const xmp = await pdfinfo(pdf, '-meta');
    expect(xmp).toContain('Partnerskapet A &amp; B &lt;nord&gt;');
    expect(xmp).toContain('Ås &amp; Co');
  });
});

