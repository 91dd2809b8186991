// The submitted behovsmelding as a tagged PDF (A4), for the case file and for the applicant's receipt: the blocks of
// application-document.ts rendered by blocks/pdf-document.ts, page numbers and the document number in the footer.
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { applicationDocument, documentTitle, DRAFT_MARKING, isDraftSnapshot } from './application-document.ts';
import { renderBlocksPdf } from '../blocks/pdf-document.ts';

export function renderApplicationPdf(snapshot: TApplicationSnapshot): Promise<Buffer> {
  // A draft has no document number; its footer marks every page, so no page of it passes for a submission.
  const marking = isDraftSnapshot(snapshot) ? DRAFT_MARKING : snapshot.documentNumber;
  return renderBlocksPdf(applicationDocument(snapshot), {
    // The title a PDF reader shows in its window and tab: a draft says so there too, not only on the page.
    title: isDraftSnapshot(snapshot) ? `UTKAST – ${documentTitle(snapshot)}` : documentTitle(snapshot),
    subject: snapshot.partnership.name,
    author: snapshot.submittedByName,
    lang: 'nb-NO',
    // The submission's time, not the rendering's: rendering the same snapshot twice gives the same document.
    date: new Date(snapshot.submittedAt),
    footer: (page, pages) => `${marking} · ${snapshot.partnership.name} · side ${page} av ${pages}`,
  });
}
