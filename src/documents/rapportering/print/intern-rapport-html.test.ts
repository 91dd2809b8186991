// The internal report as HTML (issue 16, point 3): the sample's truth renders with the plain text's words in the same
// order (both come from one layout), every answer shows, respondents' texts stay text, and the document's structure
// is what assistive technology needs (one h1, captioned tables with header cells).
import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../import/test-sample.ts';
import { collapse } from '../import/printed-lines.ts';
import { printInternRapportHtml } from './intern-rapport-html.ts';
import { printInternRapportText } from './intern-rapport-text.ts';

const BLOCK_TAGS = /<\/?(?:h[1-6]|p|ul|ol|li|table|caption|thead|tbody|tr|th|td|section|header|main|body|html)\b[^>]*>|<br\s*\/?>/gi;

/** What a reader sees: the head left out, block elements on lines of their own, inline tags gone, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/i, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Words of a text with the link-only lines left out (the plain text prints a link under its file name; HTML hides it
 * behind the name). Two marks only the plain text prints are dropped: the overview's `• ` (HTML's list items) and the
 * commas between municipality names (HTML lists them). */
function words(text: string): string[] {
  const lines = text.split('\n').filter((line) => !/^https?:\/\/\S+$/.test(line.trim())).map((line) => line.replace(/^• /, ''));
  return collapse(lines.join('\n')).split(' ').map((word) => word.replace(/,$/, ''));
}

const answerHtml = (respondentName: string, answer: Partial<(typeof EXPECTED.answers)[number]>) => {
  const respondent = { id: 1, name: respondentName, category: 'Kommune (Offentlig)' };
  const full = { question: '2.2', respondent: 1, options: [], other: null, comment: null, value: null, municipalities: null, attachments: [], ...answer };
  return printInternRapportHtml({ ...EXPECTED, respondents: [respondent], answers: [full] });
};

describe('the internal report as HTML', () => {
  const html = printInternRapportHtml(EXPECTED);
  const visible = visibleText(html);

  it('shows the plain text\'s words in the same order', () => {
    const text = words(printInternRapportText(EXPECTED));
    const ours = words(visible);
    expect(ours.length).toBeGreaterThan(1000);
    expect(ours).toEqual(text);
  });

  it('shows every answer of the sample: options, Annet, values, comments, municipalities and attachments', () => {
    const seen = collapse(visible);
    for (const answer of EXPECTED.answers) {
      const texts = [
        ...answer.options.map((n) => `Alternativ ${n}:`),
        ...(answer.other === null ? [] : [`Annet: ${answer.other}`]),
        ...(answer.value === null ? [] : [String(answer.value)]),
        ...(answer.comment === null ? [] : [answer.comment]),
        ...(answer.municipalities ?? []),
        ...answer.attachments.map((file) => file.name),
      ];
      for (const text of texts) expect(seen, `${answer.question} / ${answer.respondent}`).toContain(collapse(text));
      for (const file of answer.attachments) if (file.url) expect(html).toContain(`<a href="${file.url}">${file.name}</a>`);
    }
  });

  it('is one standalone document in Norwegian with one h1, an h2 per block and a caption and header cells per table', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nb">')).toBe(true);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain(`<h1>${EXPECTED.title}</h1>`);
    expect(html).toContain('<h2>3. Spørsmål: ');
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      expect(table).toMatch(/^<table>\n<caption>[^<]+<\/caption>\n<thead><tr><td><\/td><th scope="col">Svar<\/th><\/tr><\/thead>/);
      expect(table.match(/<tr>/g)!.length - 1).toBe(table.match(/<th scope="row">/g)!.length);
    }
    // Neither scripts nor external resources: it is read offline and printed.
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('prints a respondent\'s texts as text, never as markup', () => {
    const attack = '<script>alert("x")</script>';
    const printed = answerHtml(attack, { value: `<img src=x onerror=alert(1)> & "quoted"` });
    expect(printed).not.toContain('<script>');
    expect(printed).not.toContain('<img');
    expect(printed).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(visibleText(printed)).toContain(attack);
    expect(visibleText(printed)).toContain('<img src=x onerror=alert(1)> & "quoted"');
  });

  it('links only web addresses, and escapes them in the attribute', () => {
    const printed = answerHtml('Fjellnes kommune', {
      question: '7.3',
      attachments: [
        { name: 'plan.pdf', url: 'javascript:alert(1)' },
        { name: 'rapport.pdf', url: 'https://example.no/a?b=1&c="2"' },
        { name: 'tapt.pdf', url: null },
      ],
    });
    expect(printed).not.toContain('javascript:');
    expect(printed).toContain('<li>plan.pdf</li>');
    expect(printed).toContain('<a href="https://example.no/a?b=1&amp;c=&quot;2&quot;">rapport.pdf</a>');
    expect(printed).toContain('<li>tapt.pdf</li>');
  });

  it('lists municipalities by county as nested lists and a comment\'s paragraphs as paragraphs', () => {
    const printed = answerHtml('Fjellnes kommune', { question: '3.2', municipalities: ['Nordfjell', 'Eksempelvik', 'Fjellnes'], comment: 'Første linje\nandre linje\n\nNytt avsnitt' });
    expect(printed).toContain('<li>Nordfjell</li>\n<li>Nordfjell:\n<ul>\n<li>Eksempelvik</li>\n<li>Fjellnes</li>\n</ul></li>');
    expect(printed).toContain('<p>Første linje<br>\nandre linje</p>\n<p>Nytt avsnitt</p>');
  });
});
