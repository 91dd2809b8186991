// The PDF of a submitted behovsmelding, read back with pdf.js: the form's headings, every tiltak row, the checkboxes
// as glyphs, the budget figures of the real Sør-Troms og Evenes 2024 application and the warnings at their lines.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { SECTION_NUMBERS, SECTION_TITLES } from '../../domain/behovsmelding/validate-application.ts';
import { documentTitle } from './application-document.ts';
import { renderApplicationPdf } from './application-pdf.ts';
import { compact, normalised, pdfPages } from '../blocks/test-pdf-text.ts';
import { expectTaggedPdf } from '../blocks/test-pdfinfo.ts';
import { TEST_TILTAK, testSnapshot } from './test-snapshot.ts';

let pdf: Buffer;
let text: string;

beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn');
  pdf = await renderApplicationPdf(testSnapshot());
  text = normalised((await pdfPages(pdf)).join('\n'));
  // The renderer says nothing on the console (pdfmake, used before, warned on every document).
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

afterEach(() => vi.restoreAllMocks());

describe('renderApplicationPdf', () => {
  it('is a PDF with the title, scheme, document number, partnership and submission', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('Behovsmelding for 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis');
    expect(text).toContain('Dokumentnummer 2023/8245-3');
    expect(text).toContain('Partnerskap Kompetanseløftet Sør-Troms og Evenes');
    expect(text).toContain('Innsendt 30.11.2023 kl. 15:05'); // 14:05 UTC is 15:05 in Oslo in November
    expect(text).toContain('Innsendt av Tone Eide');
  });

  it('has the headings of sections 1–6 and the questions', () => {
    for (const n of SECTION_NUMBERS) expect(text).toContain(`${n}. ${SECTION_TITLES[n]}`);
    expect(text).toContain('1.1 Hva er tema for kompetansetiltaket?');
    expect(text).toContain('2.9 Hvordan vurderes måloppnåelsen underveis og ved tiltakets slutt?');
    expect(text).toContain('5.16 Hvordan skal eier(e) og universitet/høgskole samarbeide i de ulike fasene?');
  });

  it('has every cell of every tiltak row, under the columns of the form', () => {
    expect(text).toContain('Tiltak Hva Hvordan Målgruppe Når Ansvar');
    const all = compact(text);
    for (const row of TEST_TILTAK) {
      for (const cell of [row.nummer, row.hva, row.hvordan, row.malgruppe, row.nar, row.ansvar]) expect(all).toContain(compact(cell ?? ''));
    }
    expect(text).toContain('HØST 24–VÅR 25');
  });

  it('shows the four areas of 1.5 and the answer of 4.3 as ☒ / ☐', () => {
    expect(text).toContain('☒ Spesialpedagogiske områder');
    expect(text).toContain('☒ Inkludering');
    expect(text).toContain('☒ Tverrfaglig samhandling og organisering');
    expect(text).toContain('☐ Ledelse og organisasjonsutvikling');
    expect(text).toContain('☒ Ja');
    expect(text).toContain('☐ Nei');
  });

  it('numbers the sub-goals with their points, and shows the activity table', () => {
    expect(text).toContain('2) Gjennomføre felles kompetanseutvikling');
    expect(text).toContain('3. Prøve ut Fagfokus');
    expect(text).toContain('Uke Aktivitet Hvem');
    expect(text).toContain('38 (19.09) Presentasjon av resultater til ledergruppene');
  });

  it('shows the counts per part with the breakdown per municipality', () => {
    expect(text).toContain('5.4 Kommunale grunnskoler 18 Kvæfjord 2, Harstad 11, Ibestad 1, Gratangen 1, Tjeldsund 3');
    expect(text).toContain('5.9 Kommunale barnehager 2 Evenes 2');
  });

  it('shows the budget tables with factors × unit price, stated and computed sums', () => {
    expect(text).toContain('1 121 060');
    expect(text).toContain('1 676 314');
    expect(text).toContain('273 ansatte × 3 dialogkonferanser × 610 kr 516 060 516 060');
    expect(text).toContain('(35 + 15) ansatte (bhg + PPT) × 4 nettverkstreff × 610 kr 122 000 122 000');
    expect(text).toContain('20 % av 1 396 928 279 386 279 386');
    expect(text).toContain('Sum 145 767 145 766');
    // The detail table follows its line.
    expect(text).toContain('Eiere/stab: 9 9 ansatte × 3 dialogkonferanser × 610 kr 16 470 16 470');
    expect(text).toContain('Sum detaljer 516 060 516 060');
  });

  it('puts the warnings at their lines, with the difference in kroner', () => {
    expect(text).toContain('Advarsel: 273 × 3 × 610 = 499 590 kr, men detaljtabellen summerer til 516 060 kr (avvik 16 470 kr)');
    expect(text).toContain('Advarsel: Oppgitt sum 24 295 kr avviker fra beregnet 24 294 kr (1 kr)');
    expect(text).toContain('Advarsel: Oppgitt sum 145 767 kr avviker fra beregnet 145 766 kr (1 kr)');
  });

  it('shows section 6 per part, marks the part applied for at another office, and sums only this office', () => {
    expect(text).toContain('Evenes (søkes hos Statsforvalteren i Nordland)');
    expect(text).toContain('6.3 Totalt tilskudd som eier(ne) ber om (kr) 59 000 59 000');
    expect(text).toContain('6.6 Andel til å planlegge og utvikle kompetansetiltaket 10 % 10 %');
    expect(text).toContain('Sum for Statsforvalteren i Troms og Finnmark 1 121 060 1 676 314 2 797 374');
    expect(text).toContain('Alle deler 1 180 060 1 822 080 3 002 140');
  });

  it('lists the attachments', () => {
    expect(text).toContain('Budsjett UiT 2024-2025.pdf (48 kB)');
    expect(text).toContain('Konkretiseringsavtale: utkast?.docx (1,3 MB)');
  });

  it('renders a snapshot with hardly any fields filled and no totals', async () => {
    const sparse: TApplicationSnapshot = { ...testSnapshot(), values: { 's1.omrader': 'not a list', 's2.tiltak': [{ rader: [null, { hva: 'Bare hva' }] }] }, totals: null, warnings: [], attachments: [] };
    const sparseText = normalised((await pdfPages(await renderApplicationPdf(sparse))).join('\n'));
    expect(sparseText).toContain('1.1 Hva er tema for kompetansetiltaket? Ikke besvart');
    expect(sparseText).toContain('☐ Inkludering');
    expect(sparseText).toContain('Bare hva');
    expect(sparseText).toContain('Behovsmeldingen har ingen deler med budsjett.');
    expect(sparseText).toContain('Ingen vedlegg.');
  });

  it('is a tagged PDF (PDF/UA): pdfinfo says "Tagged: yes", and its structure has the headings and tables', async () => {
    await expectTaggedPdf(pdf, { lang: 'nb-NO', title: documentTitle(testSnapshot()) });
  });

  it('never ends a page with a section heading: each shares its page with the start of its section', async () => {
    const snapshot = testSnapshot();
    const pages = (await pdfPages(pdf)).map(normalised);
    for (const n of SECTION_NUMBERS) {
      const heading = `${n}. ${SECTION_TITLES[n]}`;
      const page = pages.find((p) => p.includes(heading));
      const after = page?.slice(page.indexOf(heading) + heading.length).replace(/ *\S+ · [^·]+ · side \d+ av \d+$/, '');
      expect(after?.trim(), heading).not.toBe('');
      expect(page).toMatch(new RegExp(`${snapshot.documentNumber} · ${snapshot.partnership.name} · side \\d+ av ${pages.length}$`));
    }
  });

  it('marks every page of a draft "UTKAST" in its footer, where a submission has its document number', async () => {
    const draft: TApplicationSnapshot = { ...testSnapshot(), sequence: 0, documentNumber: '', submittedByName: '' };
    const pages = (await pdfPages(await renderApplicationPdf(draft))).map(normalised);
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`UTKAST – ikke sendt inn · ${draft.partnership.name} · side ${i + 1} av ${pages.length}$`)));
  });
});
