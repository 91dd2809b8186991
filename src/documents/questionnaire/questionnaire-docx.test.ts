// The Word document of a submitted questionnaire, read back from its word/document.xml: the same blocks as the PDF
// (title and sections as Word headings, answers, ☒/☐, tables, "not answered"), in the reader's language.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import { submittedTestQuestionnaire } from '../../domain/questionnaire/test-catalogue.ts';
import { renderQuestionnaireDocx } from './questionnaire-docx.ts';

const submitted = submittedTestQuestionnaire();

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The document's XML files and the text of each paragraph (`<w:p>`), whitespace normalised. */
async function opened(snapshot: TSubmittedQuestionnaire, language?: string) {
  const files = unzipSync(new Uint8Array(await renderQuestionnaireDocx(snapshot, language)));
  const text = (name: string) => new TextDecoder().decode(files[name] ?? new Uint8Array());
  const xml = text('word/document.xml');
  if (!xml) throw new Error('no word/document.xml in the .docx');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab)\/>/g)].map((m) => m[1] ?? ' ').join(''))
      .replace(/[\s\u00a0]+/g, ' ')
      .trim(),
  );
  const footer = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(text).join('');
  return { xml, paragraphs, footer, core: text('docProps/core.xml'), styles: text('word/styles.xml') };
}

describe('renderQuestionnaireDocx', () => {
  it('has the title and the sections as Word headings, and the facts', async () => {
    const { xml, paragraphs, core } = await opened(submitted);
    expect(paragraphs).toContain('Testskjema');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const section of ['Første del', 'Andre del', 'Tredje del']) {
      const heading = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes(`>${section}<`));
      expect(heading?.[0], section).toContain('<w:pStyle w:val="Heading1"/>');
    }
    expect(paragraphs).toEqual(expect.arrayContaining(['Skjema', 'test-skjema, versjon 1', 'Sendt inn', '18.05.2031 kl. 00:30', 'Ola Koordinator']));
    expect(core).toContain('Testskjema');
  });

  it('has each answer, choices as ☒ / ☐, the table and "not answered"', async () => {
    const { paragraphs } = await opened(submitted);
    expect(paragraphs).toEqual(expect.arrayContaining(['Navn', 'Tromsø skole', '1 234,5', '01.03.2025']));
    expect(paragraphs).toEqual(expect.arrayContaining(['☒ Skole', '☐ Annet', '☒ Ja', '☐ Nei', '☐ Lesing', '☒ Regning']));
    expect(paragraphs).toEqual(expect.arrayContaining(['Hva', 'Deltakere', 'Start', 'Lesekurs', '10', '15.08.2025']));
    const described = paragraphs.indexOf('Beskrivelse');
    expect(paragraphs[described + 1]).toBe('Ikke besvart');
  });

  it('is in the reader’s language, "not answered" and the page footer too', async () => {
    const nb = await opened(submitted);
    expect(nb.footer).toContain('Testskjema · side ');
    expect(nb.footer).toContain(' av ');
    const en = await opened(submitted, 'en');
    const described = en.paragraphs.indexOf('Beskrivelse');
    expect(en.paragraphs[described + 1]).toBe('Not answered');
    expect(en.paragraphs).toEqual(expect.arrayContaining(['Submitted by', '☒ Yes']));
    expect(en.styles).toContain('w:val="en-GB"');
  });
});
