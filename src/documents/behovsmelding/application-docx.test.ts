// The Word document of a submitted behovsmelding, read back from its word/document.xml: the same content as the PDF
// (headings as Word headings, every tiltak row, ☒/☐, the budget figures and warnings).
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION_NUMBERS, SECTION_TITLES } from '../../domain/behovsmelding/validate-application.ts';
import { renderApplicationDocx } from './application-docx.ts';
import { TEST_TILTAK, testSnapshot } from './test-snapshot.ts';

let xml: string;
/** The text of each paragraph (`<w:p>`), whitespace normalised. */
let paragraphs: string[];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

beforeAll(async () => {
  const docx = await renderApplicationDocx(testSnapshot());
  const files = unzipSync(new Uint8Array(docx));
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('no word/document.xml in the .docx');
  xml = new TextDecoder().decode(documentXml);
  paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab)\/>/g)].map((m) => m[1] ?? ' ').join(''))
      .replace(/[\s\u00a0]+/g, ' ')
      .trim(),
  );
});

describe('renderApplicationDocx', () => {
  it('has the title and the section headings as Word headings', () => {
    expect(paragraphs).toContain('Behovsmelding for 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const n of SECTION_NUMBERS) {
      const heading = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes(`>${n}. ${SECTION_TITLES[n]}<`));
      expect(heading?.[0]).toContain('<w:pStyle w:val="Heading1"/>');
    }
  });

  it('has every tiltak row, one cell per column', () => {
    for (const row of TEST_TILTAK) {
      for (const cell of [row.nummer, row.hva, row.hvordan, row.malgruppe, row.nar, row.ansvar]) {
        // Multi-line cells are one paragraph with line breaks.
        expect(paragraphs).toContain((cell ?? '').replace(/\s+/g, ' '));
      }
    }
    expect(paragraphs).toEqual(expect.arrayContaining(['Tiltak', 'Hva', 'Hvordan', 'Målgruppe', 'Når', 'Ansvar']));
  });

  it('shows the areas and 4.3 as ☒ / ☐', () => {
    expect(paragraphs).toContain('☒ Inkludering');
    expect(paragraphs).toContain('☐ Ledelse og organisasjonsutvikling');
    expect(paragraphs).toContain('☒ Ja');
    expect(paragraphs).toContain('☐ Nei');
  });

  it('has the budget figures, the formulas and the warnings at the lines', () => {
    expect(paragraphs).toContain('1 121 060');
    expect(paragraphs).toContain('1 676 314');
    expect(paragraphs).toContain('273 ansatte × 3 dialogkonferanser × 610 kr');
    expect(paragraphs).toContain('Advarsel: Oppgitt sum 145 767 kr avviker fra beregnet 145 766 kr (1 kr)');
    expect(paragraphs).toContain('Evenes (søkes hos Statsforvalteren i Nordland)');
  });

  it('repeats the header row of tables on each page', () => {
    expect(xml).toContain('<w:tblHeader/>');
  });
});
