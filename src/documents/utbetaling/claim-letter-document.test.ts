// The repayment claim letter as a tagged PDF and a Word document from one source (issue 15 point 2): text extracted
// from both holds the document number `YYYY/N-M` (first page and footer), the amount, the tilsagn's number and year,
// the reason, the account, the due date, what to mark the payment with, the legal ground and the case officer; the
// PDF is tagged in the letter's language; a nynorsk claim holds none of the Bokmål-only words.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bokmalOnlyWordsIn } from '../../domain/tilsagn/bokmal-only-words.ts';
import { claimLetterContent, type TClaimLanguage, type TClaimLetterContent } from '../../domain/utbetaling/claim-letter-content.ts';
import { compact, pdfPages } from '../blocks/test-pdf-text.ts';
import { expectTaggedPdf } from '../blocks/test-pdfinfo.ts';
import { renderClaimLetterDocx } from './claim-letter-docx.ts';
import { renderClaimLetterPdf } from './claim-letter-pdf.ts';

const content = (language: TClaimLanguage) =>
  claimLetterContent({
    language,
    documentNumber: '2026/14-9',
    caseNumber: '2026/14',
    dateLocal: '2027-11-02',
    dueLocal: '2027-12-02',
    office: { name: 'Statsforvalteren i Troms og Finnmark' },
    addressee: { name: 'Nordreisa kommune', orgnr: '943350833' },
    partnershipName: 'Kompetanseløftet Nord-Troms',
    amountKr: 123_456,
    year: 2026,
    tilsagn: { documentNumber: '2026/14-3', dateLocal: '2026-12-01' },
    reason: language === 'nn' ? 'Rapporten syner at 123 456 kroner ikkje vart brukte.' : 'Rapporten viser at 123 456 kroner ikke ble brukt.',
    kontonr: '76940512057',
    // A person's name is no word of the letter: the nynorsk check would trip on the demo's "Saksbehandler".
    caseOfficerName: language === 'nn' ? 'Siri Nilsen' : 'Siri Saksbehandler',
  });

async function docxText(c: TClaimLetterContent): Promise<string> {
  const files = unzipSync(new Uint8Array(await renderClaimLetterDocx(c)));
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|footer\d*)\.xml$/.test(name))
    .map(([, data]) => [...new TextDecoder().decode(data).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' '))
    .join('\n');
}

const NOW = new Date('2027-11-02T09:00:00Z');

describe('a repayment claim in Bokmål', () => {
  const c = content('nb');
  let pdf: Buffer;
  let texts: Record<'pdf' | 'docx', string>;
  beforeAll(async () => {
    pdf = await renderClaimLetterPdf(c, NOW);
    texts = { pdf: (await pdfPages(pdf)).join('\n'), docx: await docxText(c) };
  });

  it('is numbered on the first page and in the footer', () => {
    for (const text of Object.values(texts)) expect(compact(text)).toContain(compact('Dokumentnummer 2026/14-9'));
    expect(compact(texts.pdf)).toMatch(/Dokument2026\/14-9·side1av\d/);
  });

  it('both documents hold the amount, the tilsagn, the reason, the account, the due date, the mark, the ground and the case officer', () => {
    for (const text of Object.values(texts)) {
      const flat = compact(text);
      expect(flat).toContain(compact('Krav om tilbakebetaling av tilskudd'));
      expect(flat).toContain(compact('Vi krever tilbake kr 123 456 av tilskuddet for 2026.'));
      expect(flat).toContain(compact('vedtak 2026/14-3 av 1. desember 2026'));
      expect(flat).toContain(compact('Rapporten viser at 123 456 kroner ikke ble brukt.'));
      expect(flat).toContain(compact('Kontonummer: 7694 05 12057'));
      expect(flat).toContain(compact('Betalingsfrist: 2. desember 2027'));
      expect(flat).toContain(compact('Merk innbetalingen med 2026/14-9.'));
      expect(flat).toContain(compact('vilkårene i tilsagnet (2026/14-3)'));
      expect(flat).toContain(compact('Siri Saksbehandler'));
      expect(flat).toContain(compact('Nordreisa kommune (org.nr. 943350833)'));
    }
  });

  it('is a tagged PDF in Bokmål with its title', async () => {
    await expectTaggedPdf(pdf, { lang: 'nb-NO', title: c.title });
  });
});

describe('a repayment claim in nynorsk', () => {
  it('is in nynorsk throughout, tagged nn-NO', async () => {
    const c = content('nn');
    const pdf = await renderClaimLetterPdf(c, NOW);
    const text = (await pdfPages(pdf)).join('\n');
    expect(compact(text)).toContain(compact('Vi krev tilbake kr 123 456 av tilskotet for 2026.'));
    expect(compact(text)).toContain(compact('Merk innbetalinga med 2026/14-9.'));
    expect(bokmalOnlyWordsIn(text)).toEqual([]);
    expect(bokmalOnlyWordsIn(await docxText(c))).toEqual([]);
    await expectTaggedPdf(pdf, { lang: 'nn-NO', title: c.title });
  });
});
