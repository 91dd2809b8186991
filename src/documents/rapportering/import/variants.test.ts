// Variants real printouts hold beyond the sample (issue 16, point 4): misspelled labels, amounts written as "kr
// 15.000", two partners under one label, Sámi-first municipality names, several counties, questions of another year's
// form and of an office's own section, and old spellings of the closing line's count.
import { describe, expect, it } from 'vitest';
import { renderIn } from '../../../domain/shared/message-catalogs.ts';
import { messageKey } from '../../../domain/shared/message.ts';
import { importInternRapport } from './import-intern-rapport.ts';
import { importInBokmal } from './test-problems.ts';
import { testPrintout, type TTestRespondents } from './test-printout.ts';

const TWO_MUNICIPALITIES: TTestRespondents = [{ category: 'Kommune (Offentlig)', names: ['Eksempelvik kommune', 'Fjellnes kommune'] }];

const block = (header: string[], ...tables: string[][]) => [...header, '␠', ...tables.flatMap((t, i) => [...t, ...(i < tables.length - 1 ? ['␠'] : [])])];

describe('importing printouts that differ from the sample', () => {
  it('reads misspelled labels', () => {
    const text = testPrintout({
      respondents: TWO_MUNICIPALITIES,
      blocks: [
        block(['3. Spørmsål: Hvilke andre kommunale og/eller fylkeskommunale tjenester har', 'deltatt i partnerskapet i barnehage- og skoleåret 2022-2023?'], [
          'Kommune (Ofentlig) Svar',
          'Eksempelvik kommune Altenativ 1: PP-tjenesten',
          'Alternatv 3: Barnevern',
          'Anet: Kommunefysioterapeut',
          'Fjellnes kommune Alternativ 2: SFO',
        ]),
        block(['7. Spørsmal: Legg til eventuelle kommentarer eller relevant tilleggsinformasjon.', 'Last opp eventuelle vedlegg dersom statsforvalteren har bedt om dette.'], [
          'Kommune (Offentlig) Svar',
          'Fjellnes kommune Se vedlegget.',
          '␠',
          'Vedleg:',
          'Plan.pdf',
          '',
          'https://rapport.example.no/vedlegg/0583542f-4cd5-413d-8c6e-3438c63be5a9',
        ], ['Én annen instans som har svart på dette skjema-seksjonen har ikke svart på dette', '', 'spørsmålet.']),
      ],
    });
    const { report, problems } = importInBokmal(text);
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
    expect(report.answers.map(({ question, respondent, options, other, value, attachments }) => ({ question, respondent, options, other, value, attachments }))).toEqual([
      { question: '3.11', respondent: 1, options: [1, 3], other: 'Kommunefysioterapeut', value: null, attachments: [] },
      { question: '3.11', respondent: 2, options: [2], other: null, value: null, attachments: [] },
      {
        question: '7.3', respondent: 2, options: [], other: null, value: 'Se vedlegget.',
        attachments: [{ name: 'Plan.pdf', url: 'https://rapport.example.no/vedlegg/0583542f-4cd5-413d-8c6e-3438c63be5a9' }],
      },
    ]);
  });

  it('reads amounts written with kr, dots and spaces, and keeps what is no whole number as text, reported', () => {
    const names = ['Alfa kommune', 'Beta kommune', 'Gamma kommune', 'Delta kommune', 'Epsilon kommune'];
    const text = testPrintout({
      respondents: [{ category: 'Kommune (Offentlig)', names }],
      blocks: [block(['4. Spørsmål: Totalt tilskudd som eier(ne) har mottatt i 2022 (oppgi kronebeløp):'], [
        'Kommune (Offentlig) Svar',
        'Alfa kommune kr 15.000',
        'Beta kommune 1 676 314,-',
        'Gamma kommune NOK 250 000',
        'Delta kommune 275000 kr',
        'Epsilon kommune ca. 200 000',
      ])],
    });
    const { report, problems } = importInBokmal(text);
    expect(report.answers.map((a) => a.value)).toEqual([15000, 1676314, 250000, 275000, 'ca. 200 000']);
    const epsilonLine = text.split('\n').findIndex((l) => l.startsWith('Epsilon kommune')) + 1;
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([
      { line: epsilonLine, message: expect.stringContaining('ikke et helt tall') },
    ]);
  });

  it('reads two partners under one label, its name wrapped in the overview and interleaved with the answer', () => {
    const text = testPrintout({
      respondents: [{ category: 'Kommune (Offentlig)', names: ['Hasvik kommune og Loppa', 'kommune'] }],
      blocks: [block(['2. Spørsmål: Oppgi navn til kontaktperson for denne rapporteringen'], [
        'Kommune (Offentlig) Svar',
        'Hasvik kommune og Loppa Kari Nordmann og',
        '---',
        'kommune Ola Nordmann',
      ])],
    }).replace('– 2 svar', '– 1 svar').replace('• kommune', 'kommune');
    const { report, problems } = importInBokmal(text);
    expect(report.respondents).toEqual([{ id: 1, name: 'Hasvik kommune og Loppa kommune', category: 'Kommune (Offentlig)' }]);
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
    expect(report.answers).toEqual([expect.objectContaining({ question: '2.1', respondent: 1, value: 'Kari Nordmann og Ola Nordmann' })]);
  });

  it('reads Sámi-first municipality names, several counties and a county picked whole, with the counties as written', () => {
    const text = testPrintout({
      county: 'Troms og Finnmark',
      respondents: [
        { category: 'Fylkeskommune (Offentlig)', names: ['Troms Og Finnmark fylkeskommune'] },
        { category: 'Annet (Offentlig)', names: ['RSK Vest-Finnmark'] },
      ],
      blocks: [block(['3. Spørsmål: Navn på deltakende kommuner/fylkeskommuner i partnerskapet:'], [
        'Fylkeskommune',
        '(Offentlig)',
        'Svar',
        'Troms Og',
        'Finnmark fylkeskommune',
        'Troms Og Finnmark',
      ], [
        'Annet (Offentlig) Svar',
        'RSK Vest-Finnmark Troms Og Finnmark: Guovdageaidnu - Kautokeino, Kárášjohka -',
        'Karasjok, Porsanger - Porsáŋgu - Porsanki, Nord-',
        'Tindvik',
        'Nordland: Narvik',
      ])],
    });
    const countyOf = (name: string) => (name === 'Narvik' ? 'Nordland' : null);
    const { report, problems, municipalityCounties } = importInBokmal(text, { countyOf });
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
    expect(report.answers.map((a) => a.municipalities)).toEqual([
      ['Troms Og Finnmark'],
      ['Guovdageaidnu - Kautokeino', 'Kárášjohka - Karasjok', 'Porsanger - Porsáŋgu - Porsanki', 'Nord-Tindvik', 'Narvik'],
    ]);
    expect(municipalityCounties.map((m) => [m.municipality, m.county, m.source])).toEqual([
      ['Guovdageaidnu - Kautokeino', 'Troms og Finnmark', 'printout'],
      ['Kárášjohka - Karasjok', 'Troms og Finnmark', 'printout'],
      ['Porsanger - Porsáŋgu - Porsanki', 'Troms og Finnmark', 'printout'],
      ['Nord-Tindvik', 'Troms og Finnmark', 'printout'],
      ['Narvik', 'Nordland', 'reference'],
    ]);
  });

  it('reads another year\'s wording as the known question, and keeps unknown questions with new ids', () => {
    const text = testPrintout({
      respondents: TWO_MUNICIPALITIES,
      blocks: [
        block(['3. Spørsmål: Hvor mange kommunale barnehager har deltatt i partnerskapet i', 'barnehage- og skoleåret 2023-2024?'], [
          'Kommune (Offentlig) Svar', 'Eksempelvik kommune 11', 'Fjellnes kommune 4',
        ]),
        block(['3. Spørsmål: Hvor mange SFO-er har deltatt i partnerskapet?'], ['Kommune (Offentlig) Svar', 'Eksempelvik kommune 2', 'Fjellnes kommune 1']),
        block(['8. Spørsmål: I hvilken grad er samiske perspektiver ivaretatt?'], [
          'Kommune (Offentlig) Svar',
          'Eksempelvik kommune Alternativ 2: I noen grad',
          '␠',
          'Vi har startet.',
          'Fjellnes kommune Alternativ 5: Ikke vurdert',
        ]),
      ],
    });
    const { report, questions } = importInBokmal(text);
    expect(questions.map(({ id, known, kind, options }) => ({ id, known, kind, options }))).toEqual([
      { id: '3.5', known: true, kind: 'integer', options: [] },
      { id: '3.12', known: false, kind: 'text', options: [] },
      { id: '8.1', known: false, kind: 'choice', options: [{ number: 2, text: 'I noen grad' }, { number: 5, text: 'Ikke vurdert' }] },
    ]);
    expect(questions[1]?.text).toBe('Hvor mange SFO-er har deltatt i partnerskapet?');
    expect(report.answers.map((a) => [a.question, a.respondent, a.value, a.options, a.comment])).toEqual([
      ['3.5', 1, 11, [], null], ['3.5', 2, 4, [], null],
      ['3.12', 1, '2', [], null], ['3.12', 2, '1', [], null],
      ['8.1', 1, null, [2], 'Vi har startet.'], ['8.1', 2, null, [5], null],
    ]);
  });

  it.each([['Syv', 7], ['Sju', 7], ['syv', 7]])('reads the closing count «%s andre instanser»', (word, count) => {
    const names = Array.from({ length: count + 1 }, (_, i) => `Kommune${i + 1} kommune`);
    const text = testPrintout({
      respondents: [{ category: 'Kommune (Offentlig)', names }],
      blocks: [block(['2. Spørsmål: Kontaktpersonens arbeidssted'], ['Kommune (Offentlig) Svar', 'Kommune3 kommune Rådhuset'], [
        `${word} andre instanser som har svart på dette skjema-seksjonen har ikke svart på dette`, '', 'spørsmålet.',
      ])],
    });
    const { report, problems } = importInBokmal(text);
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
    expect(report.answers).toEqual([expect.objectContaining({ respondent: 3, value: 'Rådhuset' })]);
  });

  it('reports a closing count that disagrees with the rows read', () => {
    const text = testPrintout({
      respondents: TWO_MUNICIPALITIES,
      blocks: [block(['2. Spørsmål: Kontaktpersonens arbeidssted'], ['Kommune (Offentlig) Svar', 'Fjellnes kommune Rådhuset'], [
        'To andre instanser som har svart på dette skjema-seksjonen har ikke svart på dette', '', 'spørsmålet.',
      ])],
    });
    const closing = text.split('\n').findIndex((l) => l.startsWith('To andre')) + 1;
    const { problems } = importInBokmal(text);
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([
      { line: closing, message: 'Avslutningslinjen sier at 2 ikke har svart, men 1 av 2 svar ble lest.' },
    ]);
  });

  it('gives a row of same-named respondents to the first of them', () => {
    const text = testPrintout({
      respondents: [{ category: 'Fylkeskommune (Offentlig)', names: ['Nordfjell fylkeskommune', 'Nordfjell fylkeskommune'] }],
      blocks: [block(['2. Spørsmål: Kontaktpersonens arbeidssted'], ['Fylkeskommune', '(Offentlig)', 'Svar', 'Nordfjell', 'fylkeskommune', 'Nordfjell fylkeskommune, avdeling for', 'videregående opplæring'], [
        'Én annen instans som har svart på dette skjema-seksjonen har ikke svart på dette', '', 'spørsmålet.',
      ])],
    });
    const { report } = importInBokmal(text);
    expect(report.answers).toEqual([expect.objectContaining({ respondent: 1, value: 'Nordfjell fylkeskommune, avdeling for videregående opplæring' })]);
  });

  it('finds the title repeated before the first block when no page end comes before it, and reports a stray line there', () => {
    const printout = testPrintout({
      respondents: TWO_MUNICIPALITIES,
      blocks: [block(['2. Spørsmål: Kontaktpersonens arbeidssted'], ['Kommune (Offentlig) Svar', 'Eksempelvik kommune Rådhuset', 'Fjellnes kommune Skolen'])],
    });
    const text = printout.replace('Ingen av uttalelsene er irrelevante. \n  \n', 'Ingen av uttalelsene er irrelevante. \nSide 3 \n');
    expect(text).not.toEqual(printout);
    const stray = text.split('\n').indexOf('Side 3 ') + 1;
    const { report, problems } = importInBokmal(text);
    expect(problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([{ line: stray, message: 'Linjen ble ikke lest: «Side 3».' }]);
    expect(report.title).toBe('Nordfjell - Kompetanseløftet - Rapportering 2022/2023');
    expect(report.answers.map((a) => a.value)).toEqual(['Rådhuset', 'Skolen']);
  });

  it('gives its problems as messages the reader sees in their own language', () => {
    const printout = testPrintout({
      respondents: TWO_MUNICIPALITIES,
      blocks: [block(['2. Spørsmål: Kontaktpersonens arbeidssted'], ['Kommune (Offentlig) Svar', 'Eksempelvik kommune Rådhuset', 'Fjellnes kommune Skolen'])],
    });
    const text = printout.replace('Ingen av uttalelsene er irrelevante. \n  \n', 'Ingen av uttalelsene er irrelevante. \nSide 3 \n');
    const stray = importInternRapport(text).problems.find((p) => messageKey(p.message) === 'rapportering.import.lineNotRead');
    expect(stray && renderIn('nn', stray.message)).toBe('Linja vart ikkje lesen: «Side 3».');
    expect(stray && renderIn('en', stray.message)).toBe('The line was not read: "Side 3".');
  });
});
