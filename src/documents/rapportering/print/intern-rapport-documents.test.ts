// The internal report as a tagged PDF and a Word document (issue 16), one render of the sample each (a PDF render
// costs): the PDF is tagged in Bokmål with the report's title shown, and both hold the title, every respondent's
// name, answers from early, middle and late blocks and the last closing line, in that order.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compact, pdfPages } from '../../blocks/test-pdf-text.ts';
import { expectTaggedPdf } from '../../blocks/test-pdfinfo.ts';
import { EXPECTED } from '../import/test-sample.ts';
import { renderInternRapportDocx, renderInternRapportPdf } from './intern-rapport-documents.ts';
import { internRapportLayout } from './intern-rapport-layout.ts';

const answerOf = (question: string, respondent: number) => {
  const answer = EXPECTED.answers.find((a) => a.question === question && a.respondent === respondent);
  if (!answer) throw new Error(`the sample has no answer to ${question} by ${respondent}`);
  return answer;
};

/** What the reader must find, in reading order: short answers, so no page footer falls inside one. */
function expectedInOrder(): string[] {
  const closings = internRapportLayout(EXPECTED).questions.flatMap((q) => (q.closing ? [q.closing] : []));
  const lastClosing = closings.at(-1);
  if (!lastClosing) throw new Error('the sample has no closing line');
  return [
    EXPECTED.title,
    ...[...EXPECTED.respondents].sort((a, b) => a.id - b.id).map((r) => r.name),
    String(answerOf('2.1', 1).value),
    `Annet: ${answerOf('3.11', 3).other}`,
    String(answerOf('4.5', 1).comment),
    `Annet: ${answerOf('6.3', 7).other}`,
    lastClosing,
  ];
}

/** Each expected text found after the one before it. Whitespace is left out, since a narrow cell may wrap mid-word. */
function expectInOrder(text: string, expected: string[]) {
  const haystack = compact(text);
  let from = 0;
  for (const needle of expected) {
    const at = haystack.indexOf(compact(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + compact(needle).length;
  }
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the internal report as PDF and Word', () => {
  it('is a tagged PDF holding the title, every respondent, answers and the closing line in order', async () => {
    const pdf = await renderInternRapportPdf(EXPECTED);
    await expectTaggedPdf(pdf, { lang: 'nb-NO', title: `${EXPECTED.title} – Svar - Intern rapport` });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expectInOrder(pages.join('\n'), expectedInOrder());
  });

  it('is a Word document holding the same in the same order, the title as Word\'s title', async () => {
    const files = unzipSync(new Uint8Array(await renderInternRapportDocx(EXPECTED)));
    const xml = new TextDecoder().decode(files['word/document.xml'] ?? new Uint8Array());
    if (!xml) throw new Error('no word/document.xml in the .docx');
    const title = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes('<w:pStyle w:val="Title"/>'));
    expect(title?.[0]).toContain(`>${EXPECTED.title.replace(/&/g, '&amp;')}<`);
    const text = decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab)\/>|<\/w:p>/g)].map((m) => m[1] ?? ' ').join(''));
    expectInOrder(text, expectedInOrder());
  });
});
