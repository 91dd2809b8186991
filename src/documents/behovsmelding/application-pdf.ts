// The submitted behovsmelding as a PDF (A4), for the case file and for the applicant's receipt: the blocks of
// application-document.ts laid out with pdfmake, page numbers and the document number in the footer.
import type { Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { applicationDocument, documentTitle } from './application-document.ts';
import { blockContent, PAGE_MARGIN, PDF_STYLES } from '../blocks/pdf-content.ts';
import { configuredPdfmake, PDF_FONT } from '../blocks/pdf-fonts.ts';

/**
 * A heading or table caption never ends a page: one that starts in the page's last lines, or has nothing but the
 * footer after it on the page, moves to the next page with what it introduces. (pdfmake records a table that it
 * moves to the next page as starting on this one, so the position is checked as well as what follows.)
 */
const keepHeadingsWithText = (node: Node, nodes: NodeQueries) =>
  node.headlineLevel !== undefined &&
  (node.startPosition.verticalRatio > 0.9 || nodes.getFollowingNodesOnPage().every((n) => n.style === 'footer'));

export async function renderApplicationPdf(snapshot: TApplicationSnapshot): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN],
    language: 'nb-NO',
    displayTitle: true,
    info: {
      title: documentTitle(snapshot),
      subject: snapshot.partnership.name,
      author: snapshot.submittedByName,
      creator: 'Kompetanseløft',
      // The submission's time, not the rendering's: rendering the same snapshot twice gives the same document.
      creationDate: new Date(snapshot.submittedAt),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: PDF_STYLES,
    content: applicationDocument(snapshot).map(blockContent),
    footer: (page, pages) => ({
      text: `${snapshot.documentNumber} · ${snapshot.partnership.name} · side ${page} av ${pages}`,
      style: 'footer',
      margin: [PAGE_MARGIN, 20, PAGE_MARGIN, 0],
    }),
    pageBreakBefore: keepHeadingsWithText,
  };
  return configuredPdfmake().createPdf(definition).getBuffer();
}
