// The decision letters as a tagged PDF and a Word document from one source (issue 14, point 3), on generated inputs:
// text extracted from both holds the document number `YYYY/N-M`, each recipient's amounts per year, the budget
// chapter/post, the three-week appeal deadline with the appeal body and both names; the PDF is tagged in the letter's
// language; a nynorsk letter holds none of the Bokmål-only words, in the template's text or in its generated parts;
// an avslag holds its reasons, a reduced tilsagn the reason for the reduction.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import schemes from '../../../reference-data/schemes.json';
import { grantRulesFor, storedSchemeRules } from '../../domain/reference/scheme-rules.ts';
import { bokmalOnlyWordsIn } from '../../domain/tilsagn/bokmal-only-words.ts';
import { defaultLetterTemplate } from '../../domain/tilsagn/default-letter-templates.ts';
import { letterContent, type TLetterContent } from '../../domain/tilsagn/letter-content.ts';
import type { TLetterInput, TLetterLanguage, TLetterLine } from '../../domain/tilsagn/letter-input.ts';
import type { TLetterKind } from '../../domain/tilsagn/letter-template.ts';
import { compact, pdfPages } from '../blocks/test-pdf-text.ts';
import { expectTaggedPdf } from '../blocks/test-pdfinfo.ts';
import { renderVedtakLetterDocx } from './letter-docx.ts';
import { renderVedtakLetterPdf } from './letter-pdf.ts';

const OWNER = 'Nordreisa kommune';
const PRIVATE_UH = 'VID vitenskapelige høgskole';
const STATE_UH = 'UiT Norges arktiske universitet';

/** The lines of a tilsagn over `years` years from 2026: the owner, a private UH (paid) and a state UH (transfer). */
function linesFor(years: number, seed: number): TLetterLine[] {
  return Array.from({ length: years }, (_, i) => 2026 + i).flatMap((year, i) => [
    { year, recipient: 'owner', recipientName: OWNER, transfer: false, amountKr: 100_000 + seed * 1_000 + i * 10_000, conditional: i > 0 },
    { year, recipient: 'uh', recipientName: PRIVATE_UH, transfer: false, amountKr: 40_000 + seed * 100 + i * 1_000, conditional: i > 0 },
    { year, recipient: 'uh', recipientName: STATE_UH, transfer: true, amountKr: 60_000 + seed * 10 + i * 100, conditional: i > 0 },
  ]);
}

/** A generated letter input: the n-th letter of a round, in a language, of a kind. */
function letterInput(n: number, language: TLetterLanguage, kind: TLetterKind, overrides: Partial<TLetterInput> = {}): TLetterInput {
  const lines = kind === 'tilsagn' ? linesFor(1 + (n % 3), n) : [];
  const granted = lines.reduce((s, l) => s + l.amountKr, 0);
  const nynorsk = language === 'nn';
  return {
    kind,
    language,
    amends: null,
    documentNumber: `2026/14-${n + 2}`,
    archiveNumber: null,
    caseNumber: '2026/14',
    dateLocal: '2026-12-01',
    office: { name: 'Statsforvalteren i Troms og Finnmark' },
    scheme: {
      name: 'Desentralisert ordning for kompetanseutvikling i skolen (Dekomp)',
      budgetChapterPost: 'Kap. 226 post 21',
      // A nynorsk letter quotes the rules by their nynorsk title (the scheme's data; see the report on the doubt).
      grantRules: nynorsk ? 'Forskrift om tilskot til desentralisert ordning for kompetanseutvikling i skulen' : 'Forskrift om tilskudd til desentralisert ordning for kompetanseutvikling i skolen',
      ownerCofundingPercent: 30,
      noIndividualEducation: true,
    },
    round: { title: 'Dekomp 2026', year: 2026 },
    partnership: { name: `Kompetanseløftet Nord-Troms ${n}` },
    addressee: { name: OWNER, orgnr: '943350833' },
    copies: [{ name: 'Kvænangen kommune' }, { name: PRIVATE_UH }, { name: STATE_UH }],
    purpose: nynorsk ? 'Lesing i alle fag: kollektiv kompetanseutvikling på skulane.' : 'Lesing i alle fag: kollektiv kompetanseutvikling på skolene.',
    lines,
    askedKr: granted + 50_000,
    innstiltKr: granted + 20_000,
    reasons: kind === 'avslag' ? (nynorsk ? 'Tiltaket er individuell vidareutdanning.' : 'Tiltaket er individuell videreutdanning og faller utenfor ordningen.') : nynorsk ? 'Samlingane kan haldast digitalt.' : 'Samlingene kan holdes digitalt.',
    deviationReason: kind === 'tilsagn' ? (nynorsk ? 'Ramma for 2026 er mindre enn venta.' : 'Rammen for 2026 ble mindre enn ventet.') : null,
    reportDueLocal: '2027-12-31',
    acceptanceDueLocal: kind === 'tilsagn' ? '2026-12-22' : null,
    appealBody: 'Utdanningsdirektoratet',
    caseOfficerName: 'Siri Havlund',
    approverName: 'Bjørn Disponent',
    ...overrides,
  };
}

function contentOf(input: TLetterInput): TLetterContent {
  const template = defaultLetterTemplate(input.kind, input.language);
  if (!template) throw new Error(`no default template in ${input.language}`);
  return letterContent(input, template);
}

/** Every text run of the Word document, the footer included. */
async function docxText(content: TLetterContent): Promise<string> {
  const files = unzipSync(new Uint8Array(await renderVedtakLetterDocx(content)));
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|footer\d*)\.xml$/.test(name))
    .map(([, data]) => [...new TextDecoder().decode(data).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' '))
    .join('\n');
}

const pdfText = async (content: TLetterContent) => (await pdfPages(await renderVedtakLetterPdf(content, new Date('2026-12-01T09:00:00Z')))).join('\n');

describe('a tilsagnsbrev in Bokmål, three years, reduced, deviating, with a state UH', () => {
  const input = letterInput(2, 'nb', 'tilsagn');
  const content = contentOf(input);
  let pdf: Buffer;
  let texts: Record<'pdf' | 'docx', string>;
  beforeAll(async () => {
    pdf = await renderVedtakLetterPdf(content, new Date('2026-12-01T09:00:00Z'));
    texts = { pdf: (await pdfPages(pdf)).join('\n'), docx: await docxText(content) };
  });

  it('is numbered YYYY/N-M on the first page and in the footer', () => {
    expect(input.documentNumber).toMatch(/^\d{4}\/\d+-\d+$/);
    for (const text of Object.values(texts)) expect(compact(text)).toContain(compact(`Dokumentnummer ${input.documentNumber}`));
    expect(compact(texts.pdf)).toMatch(new RegExp(`Dokument${input.documentNumber}·side1av\\d`));
    // Word counts the pages itself (a field): the footer's text around it.
    expect(compact(texts.docx)).toContain(compact(`Dokument ${input.documentNumber} · side`));
  });

  it('both documents hold each recipient’s amount per year, the totals, the basis, the appeal and both names', () => {
    const granted = input.lines.reduce((s, l) => s + l.amountKr, 0);
    for (const text of Object.values(texts)) {
      const flat = compact(text);
      for (const l of input.lines) {
        expect(flat).toContain(compact(l.recipientName));
        expect(flat).toContain(compact(`kr ${l.amountKr.toLocaleString('nb-NO')}`));
      }
      expect(flat).toContain(compact(`kr ${granted.toLocaleString('nb-NO')}`));
      expect(flat).toContain(compact('Kap. 226 post 21'));
      expect(flat).toContain(compact(input.scheme.grantRules));
      expect(flat).toContain(compact('Klagefristen er tre uker fra den dagen dere mottok dette brevet'));
      expect(flat).toContain(compact('sender vi klagen videre til Utdanningsdirektoratet, som er klageinstans'));
      expect(flat).toContain(compact('Saksbehandler Siri Havlund'));
      expect(flat).toContain(compact('Godkjent av (budsjettdisponent) Bjørn Disponent'));
      expect(flat).toContain(compact('Brevet er godkjent elektronisk'));
    }
  });

  it('states the conditions, the later years subject to the budget, the state transfer apart, and acceptance', () => {
    const flat = compact(texts.pdf);
    for (const phrase of [
      'Tilsagnet for 2027 og 2028 er gitt med forbehold om Stortingets budsjettvedtak',
      'egenandel på minst 30 prosent',
      'Tilskuddet kan ikke brukes til individuell videreutdanning',
      'Statlige overføringer (blir ikke utbetalt)',
      `${STATE_UH} er statlige og får sin del overført`,
      'jf. bevilgningsreglementet § 10 andre ledd',
      'Riksrevisjonen',
      'skal betales tilbake',
      'må aksepteres innen 22. desember 2026',
      'innen 31. desember 2027',
      'Dato 1. desember 2026',
      'forvaltningsloven §§ 18 og 19',
    ])
      expect(flat).toContain(compact(phrase));
  });

  it('a reduced tilsagn holds how much less than asked and why; a deviation from the innstilling its reason', () => {
    for (const text of Object.values(texts)) {
      const flat = compact(text);
      expect(flat).toContain(compact('kr 50 000 mindre enn omsøkt'));
      expect(flat).toContain(compact(input.reasons));
      expect(flat).toContain(compact(`Begrunnelse for avviket: ${input.deviationReason}`));
    }
  });

  it('the PDF is tagged, in Bokmål, with the letter’s title', async () => {
    await expectTaggedPdf(pdf, { lang: 'nb-NO', title: content.title });
  });
});

describe('a nynorsk letter', () => {
  it('contains none of the Bokmål-only words, in the tilsagn and in the avslag, in the PDF and in Word', async () => {
    for (const [n, kind] of [
      [0, 'tilsagn'],
      [1, 'tilsagn'],
      [2, 'tilsagn'],
      [3, 'avslag'],
    ] as const) {
      const input = letterInput(n, 'nn', kind, n === 1 ? { amends: { documentNumber: '2026/14-2', dateLocal: '2026-11-02' }, archiveNumber: '26/01234-7' } : {});
      const content = contentOf(input);
      for (const text of [await pdfText(content), await docxText(content)]) {
        expect(bokmalOnlyWordsIn(text), `${kind} ${n}`).toEqual([]);
        expect(compact(text)).toContain(compact(input.documentNumber));
        expect(compact(text)).toContain(compact('Klagefristen er tre veker frå den dagen de fekk dette brevet'));
        expect(compact(text)).toContain(compact('Utdanningsdirektoratet, som er klageinstans'));
        expect(compact(text)).toContain(compact('Sakshandsamar Siri Havlund'));
        expect(compact(text)).toContain(compact('Godkjent av (budsjettdisponent) Bjørn Disponent'));
      }
    }
  });

  // The Must show's nynorsk letter is built from the real scheme rules, not from a test's own title: each scheme's
  // grant rules as reference-data/schemes.json gives them, picked for the letter's standard as the loader picks them.
  it.each(schemes.filter((s) => 'grantRules' in s.rules).map((s) => [s.id, s] as const))('quotes %s’s grant rules by the nynorsk title, with none of the Bokmål-only words', async (_id, s) => {
    const rules = storedSchemeRules(s.rules);
    expect(rules.grantRules.nn.trim()).not.toBe('');
    const scheme = { name: s.name.nn, budgetChapterPost: rules.budgetChapterPost, ownerCofundingPercent: rules.ownerCofundingPercent, noIndividualEducation: rules.noIndividualEducation };
    for (const kind of ['tilsagn', 'avslag'] as const) {
      const input = letterInput(5, 'nn', kind, { scheme: { ...scheme, grantRules: grantRulesFor(rules.grantRules, 'nn') } });
      const text = await pdfText(contentOf(input));
      expect(compact(text)).toContain(compact(rules.grantRules.nn));
      expect(bokmalOnlyWordsIn(text), `${s.id} ${kind}`).toEqual([]);
    }
    // The Bokmål letter, and the Sámi copy (a translation of the Norwegian decision), quote the Bokmål title.
    expect([grantRulesFor(rules.grantRules, 'nb'), grantRulesFor(rules.grantRules, 'se')]).toEqual([rules.grantRules.nb, rules.grantRules.nb]);
  });

  it('quotes the Bokmål title when a scheme has no nynorsk one yet (rather than none)', () => {
    expect(grantRulesFor({ nb: 'Retningslinjer for tilskudd', nn: ' ' }, 'nn')).toBe('Retningslinjer for tilskudd');
    expect(storedSchemeRules({ grantRules: 'Eldre tittel' }).grantRules).toEqual({ nb: 'Eldre tittel', nn: 'Eldre tittel' });
  });

  it('the check itself finds Bokmål: the Bokmål letter is full of it', async () => {
    const text = await pdfText(contentOf(letterInput(0, 'nb', 'tilsagn')));
    expect(bokmalOnlyWordsIn(text)).toEqual(expect.arrayContaining(['ikke', 'tilskudd', 'fra', 'uker', 'dere', 'skriftlig', 'mottaker']));
  });

  it('the PDF is tagged in nynorsk', async () => {
    const content = contentOf(letterInput(4, 'nn', 'tilsagn'));
    await expectTaggedPdf(await renderVedtakLetterPdf(content, new Date('2026-12-01T09:00:00Z')), { lang: 'nn-NO', title: content.title });
  });
});

describe('an avslag', () => {
  it('holds the decision, its reasons, the appeal and both names — and no amounts, nothing to accept', async () => {
    const input = letterInput(5, 'nb', 'avslag');
    const content = contentOf(input);
    for (const text of [await pdfText(content), await docxText(content)]) {
      const flat = compact(text);
      expect(flat).toContain(compact('Vedtak om avslag på søknad om tilskudd'));
      expect(flat).toContain(compact('og gir avslag på søknaden'));
      expect(flat).toContain(compact(input.reasons));
      expect(flat).toContain(compact(input.documentNumber));
      expect(flat).toContain(compact('Klagefristen er tre uker'));
      expect(flat).toContain(compact('Utdanningsdirektoratet'));
      expect(flat).toContain(compact('Siri Havlund'));
      expect(flat).toContain(compact('Bjørn Disponent'));
      expect(flat).not.toContain(compact('Aksept'));
      expect(flat).not.toContain(compact('Tilsagn per mottaker og år'));
    }
  });
});

describe('the letter’s parts that depend on the decision', () => {
  const text = (content: TLetterContent) =>
    content.blocks.map((b) => (b.kind === 'amounts' ? b.table.rows.map((r) => r.cells.join(' ')).join(' ') : b.kind === 'list' ? b.items.join(' ') : b.text)).join('\n');

  it('an endringsvedtak names the decision it amends and says so in its title', () => {
    const content = contentOf(letterInput(1, 'nb', 'tilsagn', { amends: { documentNumber: '2026/14-3', dateLocal: '2026-12-01' } }));
    expect(content.title).toMatch(/^Endringsvedtak – /);
    expect(text(content)).toContain('Dette vedtaket endrer vårt vedtak 2026/14-3 av 1. desember 2026.');
  });

  it('a grant as asked, one year, no co-funding rule, no state UH: none of those paragraphs, no empty fields', () => {
    const input = letterInput(3, 'nb', 'tilsagn', {
      scheme: { name: 'Kompetanseløftet', budgetChapterPost: 'Kap. 231 post 21', grantRules: 'Retningslinjer for Kompetanseløftet', ownerCofundingPercent: null, noIndividualEducation: false },
      deviationReason: null,
      reasons: '',
    });
    input.lines = input.lines.filter((l) => !l.transfer);
    input.askedKr = input.lines.reduce((s, l) => s + l.amountKr, 0);
    const body = text(contentOf(input));
    for (const absent of ['egenandel', 'kan ikke brukes til', 'forbehold om Stortingets', 'statlige', 'avviker', 'mindre enn omsøkt', 'Begrunnelse', '{', '}']) expect(body).not.toContain(absent);
    expect(body).toContain('må aksepteres innen 22. desember 2026');
  });

  it('the archive’s own journalpost number, when recorded, is shown with the document number', () => {
    const content = contentOf(letterInput(1, 'nb', 'tilsagn', { archiveNumber: '26/01234-7' }));
    expect(content.reference).toEqual(expect.arrayContaining([{ label: 'Journalpostnummer i arkivet', value: '26/01234-7' }]));
  });

  it('a template without the amount tables still shows them, after its first section', () => {
    const template = defaultLetterTemplate('tilsagn', 'nb')!;
    template.sections = template.sections.map((s) => ({ ...s, body: s.body.replace('{amountTable}', '') }));
    const content = letterContent(letterInput(2, 'nb', 'tilsagn'), template);
    const kinds = content.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind));
    expect(kinds.slice(0, kinds.indexOf('Hjemmel og bevilgning'))).toEqual(['Vedtak', 'paragraph', 'paragraph', 'paragraph', 'amounts', 'amounts', 'paragraph']);
  });

  it('a Northern Sámi copy renders from the draft default with its own words and says the Norwegian letter decides; Lule and South Sámi have no template', async () => {
    const content = contentOf(letterInput(0, 'se', 'tilsagn'));
    expect(content.templateStatus).toBe('draft');
    expect(content.locale).toBe('se-NO');
    expect(text(content)).toContain('Dát lea jorgaleapmi. Mearrádus lea dárogiel reive 2026/14-2.');
    expect(content.reference[2]).toEqual({ label: 'Beaivi', value: 'juovlamánu 1. beaivi 2026' });
    await expectTaggedPdf(await renderVedtakLetterPdf(content, new Date('2026-12-01T09:00:00Z')), { lang: 'se-NO', title: content.title });
    expect(defaultLetterTemplate('tilsagn', 'smj')).toBeNull();
    expect(defaultLetterTemplate('avslag', 'sma')).toBeNull();
  });
});
