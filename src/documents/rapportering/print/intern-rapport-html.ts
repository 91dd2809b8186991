// "Svar – Intern rapport" as one standalone, accessible HTML document (issue 16, point 3): forum members read it in
// the browser, and it prints. It translates the same format-neutral layout as the plain text
// (intern-rapport-layout.ts), so both show the same words in the same order; only the structure is HTML's own: one
// h1, an h2 per block, a real table per category (the respondent's name heads its row, so a screen reader announces
// whose answer a cell is), lists for options and for municipalities by county, and attachments as links. Pure.
import type { TInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import { internRapportLayout, type TAnswerPart, type TInternRapportPrintOptions, type TReportTable } from './intern-rapport-layout.ts';
import type { TPrintableQuestion } from './printable-question.ts';

// Each question block starts a new page when printed, as on the portal's printout.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.4;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold}
th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}td>:first-child{margin-top:0}
.answer-list{list-style:none;padding:0;margin:0}@media print{.question{break-before:page}}`;

export function printInternRapportHtml(report: TInternRapport, questions?: readonly TPrintableQuestion[], options?: TInternRapportPrintOptions): string {
  const layout = internRapportLayout(report, questions, options);
  const html: string[] = [
    '<!doctype html>',
    '<html lang="nb">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${layout.title} – ${layout.subtitle}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><h1>${escapeHtml(layout.title)}</h1>`,
    `<p>${escapeHtml(layout.subtitle)}</p>`,
    `<p>${escapeHtml(layout.dateLine)}</p></header>`,
    `<section><h2>${escapeHtml(layout.overview.heading)}</h2>`,
  ];
  for (const category of layout.overview.categories) {
    html.push(`<h3>${escapeHtml(category.label)}</h3>`, list(category.names.map(escapeHtml)));
  }
  html.push('</section>');
  for (const block of layout.fixedBlocks) html.push(`<section><h2>${escapeHtml(block.heading)}</h2>`, `<p>${escapeHtml(block.text)}</p></section>`);
  // The printout repeats the title before the first block; kept as a plain paragraph so the document has one h1.
  if (layout.questions.length > 0) html.push(`<p>${escapeHtml(layout.title)}</p>`);
  for (const block of layout.questions) {
    html.push('<section class="question">', `<h2>${escapeHtml(block.heading)}</h2>`);
    for (const table of block.tables) html.push(tableHtml(table));
    if (block.closing) html.push(`<p>${escapeHtml(block.closing)}</p>`);
    html.push('</section>');
  }
  html.push('</main>', '</body>', '</html>');
  return `${html.join('\n')}\n`;
}

/** The category is the caption; the top-left cell stays empty (a data cell), since the names head their rows. */
function tableHtml(table: TReportTable): string {
  const rows = table.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.respondent.name)}</th><td>${answerHtml(row.parts)}</td></tr>`);
  return [
    '<table>',
    `<caption>${escapeHtml(table.category)}</caption>`,
    '<thead><tr><td></td><th scope="col">Svar</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** Chosen options and "Annet" form one list; the other parts follow in the layout's order. */
function answerHtml(parts: readonly TAnswerPart[]): string {
  const html: string[] = [];
  let choices: string[] = [];
  const flushChoices = () => {
    if (choices.length > 0) html.push(list(choices, 'answer-list'));
    choices = [];
  };
  for (const part of parts) {
    if (part.kind === 'option') choices.push(escapeHtml(`Alternativ ${part.number}: ${part.text}`));
    else if (part.kind === 'other') choices.push(escapeHtml(`Annet: ${oneLine(part.text)}`));
    else {
      flushChoices();
      html.push(otherPartHtml(part));
    }
  }
  flushChoices();
  return html.join('\n');
}

function otherPartHtml(part: Exclude<TAnswerPart, { kind: 'option' | 'other' }>): string {
  switch (part.kind) {
    case 'value':
    case 'comment':
      return paragraphs(part.text);
    case 'municipalities':
      return list(part.groups.map((group) => (group.names === null
        ? escapeHtml(group.county)
        : `${escapeHtml(`${group.county}:`)}\n${list(group.names.map(escapeHtml))}`)), 'answer-list');
    case 'attachments':
      return `<p>Vedlegg:</p>\n${list(part.files.map((file) => {
        const href = safeHref(file.url);
        return href === null ? escapeHtml(oneLine(file.name)) : `<a href="${escapeHtml(href)}">${escapeHtml(oneLine(file.name))}</a>`;
      }), 'answer-list')}`;
  }
}

/** Items are HTML already. */
function list(items: readonly string[], className?: string): string {
  return `<ul${className ? ` class="${className}"` : ''}>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`;
}

/** Empty lines part paragraphs; the lines of a paragraph keep their breaks, as the respondent wrote them. */
function paragraphs(text: string): string {
  return text.split(/(?:\r\n|\n|\r)\s*(?:\r\n|\n|\r)/)
    .map((paragraph) => paragraph.split(/\r\n|\n|\r/).map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}

/** Only web links become links: a link from an imported printout is not ours to trust (`javascript:` and the like
 * print as nothing, the file name stays). */
function safeHref(url: string | null): string | null {
  if (url === null) return null;
  return /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

// No HTML escaping helper exists in src/documents yet (the PDF's XMP escaper is private and leaves quotes alone, which
// an attribute needs escaped).
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
