// "Svar – Intern rapport" as a tagged PDF (A4, PDF/UA) and as a Word document: the blocks of intern-rapport-blocks.ts
// through the renderers every letter uses, in Bokmål, with the report's title in the reader's title bar. Pure: the
// report in, the file's bytes out; the PDF's date is the report's own, so the same report gives the same bytes.
import type { TInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import { a4Document, blockElements, pageFooter } from '../../blocks/docx-content.ts';
import { renderBlocksPdf } from '../../blocks/pdf-document.ts';
import { internRapportBlocks } from './intern-rapport-blocks.ts';
import { INTERN_RAPPORT_SUBTITLE, type TInternRapportPrintOptions } from './intern-rapport-layout.ts';
import type { TPrintableQuestion } from './printable-question.ts';

const LANG = 'nb-NO';
const CREATOR = 'Kompetanseløft';

/** As the HTML's <title>: the report's title and what the document is. */
const documentTitle = (report: TInternRapport) => `${report.title} – ${INTERN_RAPPORT_SUBTITLE}`;
const FOOTER_BEFORE = `${INTERN_RAPPORT_SUBTITLE} – side `;
const FOOTER_BETWEEN = ' av ';

export function renderInternRapportPdf(report: TInternRapport, questions?: readonly TPrintableQuestion[], options?: TInternRapportPrintOptions): Promise<Buffer> {
  return renderBlocksPdf(internRapportBlocks(report, questions, options), {
    title: documentTitle(report),
    lang: LANG,
    // Noon UTC: the report's calendar date in Oslo whatever the season.
    date: new Date(`${report.date}T12:00:00Z`),
    footer: (page, pages) => `${FOOTER_BEFORE}${page}${FOOTER_BETWEEN}${pages}`,
  });
}

export function renderInternRapportDocx(report: TInternRapport, questions?: readonly TPrintableQuestion[], options?: TInternRapportPrintOptions): Promise<Buffer> {
  return a4Document({
    properties: { title: documentTitle(report), creator: CREATOR },
    locale: LANG,
    footer: pageFooter(FOOTER_BEFORE, FOOTER_BETWEEN),
    children: internRapportBlocks(report, questions, options).flatMap(blockElements),
  });
}
