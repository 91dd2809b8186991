// The submitted behovsmelding as a Word document, for offices that edit or quote it in their case handling: the
// same blocks as the PDF (application-document.ts), with Word's own heading styles so the navigation pane and
// screen readers see the structure.
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { applicationDocument, documentTitle } from './application-document.ts';
import { a4Document, blockElements, pageFooter } from '../blocks/docx-content.ts';

export async function renderApplicationDocx(snapshot: TApplicationSnapshot): Promise<Buffer> {
  return a4Document({
    properties: {
      title: documentTitle(snapshot),
      subject: snapshot.partnership.name,
      creator: snapshot.submittedByName,
      description: `Dokumentnummer ${snapshot.documentNumber}`,
    },
    locale: 'nb-NO',
    footer: pageFooter(`${snapshot.documentNumber} · ${snapshot.partnership.name} · side `, ' av '),
    children: applicationDocument(snapshot).flatMap(blockElements),
  });
}
