// A submitted questionnaire's PDF is tagged (PDF/UA) like the behovsmelding's: headings, the table and the
// label–value pairs in its structure, in the reader's language, with the form's title shown.
import { describe, it } from 'vitest';
import { submittedTestQuestionnaire } from '../../domain/questionnaire/test-catalogue.ts';
import { expectTaggedPdf } from '../blocks/test-pdfinfo.ts';
import { renderQuestionnairePdf } from './questionnaire-pdf.ts';

describe('renderQuestionnairePdf', () => {
  it('is a tagged PDF (PDF/UA) in Bokmål and in English: pdfinfo says "Tagged: yes", with headings and a table', async () => {
    const submitted = submittedTestQuestionnaire();
    await expectTaggedPdf(await renderQuestionnairePdf(submitted, 'nb'), { lang: 'nb-NO', title: 'Testskjema' });
    await expectTaggedPdf(await renderQuestionnairePdf(submitted, 'en'), { lang: 'en-GB', title: 'Testskjema' });
  });
});
