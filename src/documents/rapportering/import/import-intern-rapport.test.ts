// The fictional sample printout imports to exactly its structured truth (issue 16, "Must show"), with no problems.
import { describe, expect, it } from 'vitest';
import { ZInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import { importInternRapport } from './import-intern-rapport.ts';
import { EXPECTED, SAMPLE } from './test-sample.ts';

describe('importing the sample internal report', () => {
  it('gives exactly the sample\'s expected structure, with no problems', () => {
    const { report, problems } = importInternRapport(SAMPLE);
    expect(problems).toEqual([]);
    expect(report).toEqual(EXPECTED);
    expect(ZInternRapport.parse(report)).toEqual(report);
  });

  it('lists every question as known, and the municipalities by the printed county', () => {
    const { questions, municipalityCounties } = importInternRapport(SAMPLE);
    expect(questions.map((q) => q.id)).toEqual([...new Set(EXPECTED.answers.map((a) => a.question))]);
    expect(questions.every((q) => q.known)).toBe(true);
    expect(questions.find((q) => q.id === '5.2')?.options).toEqual([
      { number: 1, text: 'Ja - knyttet til samisk kultur og tradisjon' },
      { number: 2, text: 'Ja - knyttet til samiske språk' },
      { number: 5, text: 'Ikke vurdert som aktuelt for temaene i dette partnerskapet' },
    ]);
    // 3.2 of the county councils is the county itself: no municipality to place.
    expect(municipalityCounties.filter((m) => m.respondent === 7).map((m) => `${m.municipality}/${m.county}/${m.source}`))
      .toEqual(['Bjørkvang', 'Myrvang', 'Nord-Tindvik', 'Sølvnes', 'Sør-Breivann', 'Vassbotn'].map((m) => `${m}/Nordfjell/printout`));
  });

  it('takes the county from the reference data where it has one', () => {
    const countyOf = (name: string) => (name === 'Sølvnes' ? 'Troms' : undefined);
    const { municipalityCounties, report } = importInternRapport(SAMPLE, { countyOf });
    expect(municipalityCounties.find((m) => m.municipality === 'Sølvnes')).toMatchObject({ county: 'Troms', source: 'reference' });
    expect(municipalityCounties.find((m) => m.municipality === 'Vassbotn')).toMatchObject({ county: 'Nordfjell', source: 'printout' });
    expect(report).toEqual(EXPECTED);
  });

  it('reports its progress up to the last line', () => {
    const calls: [number, number][] = [];
    importInternRapport(SAMPLE, { onProgress: (done, total) => calls.push([done, total]) });
    const total = SAMPLE.split('\n').length - 1;
    expect(calls.length).toBeGreaterThan(30);
    expect(calls.every(([, t]) => t === total || t === calls[0]![1])).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
    expect(calls[calls.length - 1]).toEqual([total, total]);
  });

  it('reads the same with CRLF line ends and form feeds for page breaks', () => {
    const withFormFeeds = SAMPLE.replace(/\n\n\n\n \n\n/g, '\n\f').replace(/\n/g, '\r\n');
    const { report, problems } = importInternRapport(withFormFeeds);
    expect(problems).toEqual([]);
    expect(report).toEqual(EXPECTED);
  });
});
