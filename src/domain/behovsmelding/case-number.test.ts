import { describe, expect, it } from 'vitest';
import {
  ZCaseNumber,
  ZDocumentNumber,
  ZRoundCaseNumbers,
  formatDocumentNumber,
  nextDocumentSequence,
  parseCaseNumber,
  parseDocumentNumber,
} from './case-number.ts';
import { renderNb } from '../shared/message-catalogs.ts';

const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => ({ path: i.path.join('.'), message: renderNb(i.message) }));

describe('ZCaseNumber', () => {
  it('accepts Noark case numbers YYYY/N', () => {
    expect(ZCaseNumber.parse('2023/8245')).toBe('2023/8245');
    expect(ZCaseNumber.parse(' 2023/8244 ')).toBe('2023/8244');
    expect(ZCaseNumber.parse('1900/1')).toBe('1900/1');
    expect(ZCaseNumber.parse('2100/999999999')).toBe('2100/999999999');
    expect(parseCaseNumber('2023/8245')).toEqual({ year: 2023, sequence: 8245 });
  });
  it.each([
    ['', 'Saksnummer må fylles ut'],
    [undefined, 'Saksnummer må fylles ut'],
    ['8245', 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245'],
    ['23/8245', 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245'],
    ['2023-8245', 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245'],
    ['2023/8245-1', 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245'],
    ['2023/0', 'Løpenummeret i saksnummeret må være et positivt heltall uten innledende null'],
    ['2023/08245', 'Løpenummeret i saksnummeret må være et positivt heltall uten innledende null'],
    ['1899/5', 'Året i saksnummeret må være mellom 1900 og 2100'],
    ['2101/5', 'Året i saksnummeret må være mellom 1900 og 2100'],
  ])('refuses %j: %s', (input, message) => {
    expect(messages(ZCaseNumber.safeParse(input))).toEqual([{ path: '', message }]);
  });
});

describe('document numbers', () => {
  it('formats and parses YYYY/N-M', () => {
    expect(formatDocumentNumber('2023/8245', 3)).toBe('2023/8245-3');
    expect(parseDocumentNumber('2023/8245-3')).toEqual({ caseNumber: '2023/8245', year: 2023, sequence: 8245, documentSequence: 3 });
    expect(parseDocumentNumber(formatDocumentNumber('2023/8244', 12))?.documentSequence).toBe(12);
  });
  it('refuses invalid parts', () => {
    expect(() => formatDocumentNumber('2023/08245', 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber('2023/8245', 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber('2023/8245', 1.5)).toThrow(RangeError);
    expect(parseDocumentNumber('2023/8245')).toBeNull();
    expect(parseDocumentNumber('2023/8245-0')).toBeNull();
    expect(parseDocumentNumber('2023/8245-01')).toBeNull();
    expect(parseDocumentNumber('1800/8245-1')).toBeNull();
  });
  it('ZDocumentNumber for numbers supplied by the archive', () => {
    expect(ZDocumentNumber.parse(' 2023/8245-7 ')).toBe('2023/8245-7');
    expect(messages(ZDocumentNumber.safeParse('2023/8245'))).toEqual([
      { path: '', message: 'Dokumentnummer må skrives som år/løpenummer-dokumentnummer, f.eks. 2023/8245-3' },
    ]);
  });
  it('nextDocumentSequence is max + 1, 1 when none', () => {
    expect(nextDocumentSequence([])).toBe(1);
    expect(nextDocumentSequence([1, 2, 3])).toBe(4);
    expect(nextDocumentSequence([7, 2])).toBe(8); // gaps are not filled
    expect(() => nextDocumentSequence([0])).toThrow(RangeError);
    expect(nextDocumentSequence(Array.from({ length: 200_000 }, (_, i) => i + 1))).toBe(200_001);
  });
});

describe('ZRoundCaseNumbers', () => {
  it('one case number per county, from form rows or a stored record', () => {
    const rows = [
      { countyNumber: '55', caseNumber: '2023/8245' },
      { countyNumber: '56', caseNumber: ' 2023/8244' },
    ];
    expect(ZRoundCaseNumbers.parse(rows)).toEqual({ '55': '2023/8245', '56': '2023/8244' });
    expect(ZRoundCaseNumbers.parse({ '55': '2023/8245' })).toEqual({ '55': '2023/8245' });
  });
  it('needs at least one county', () => {
    expect(messages(ZRoundCaseNumbers.safeParse([]))).toEqual([{ path: '', message: 'Utlysningen må ha saksnummer for minst ett fylke' }]);
    expect(messages(ZRoundCaseNumbers.safeParse({}))).toEqual([{ path: '', message: 'Utlysningen må ha saksnummer for minst ett fylke' }]);
    expect(messages(ZRoundCaseNumbers.safeParse(undefined))).toEqual([{ path: '', message: 'Saksnummer per fylke må fylles ut' }]);
  });
  it('refuses a county given twice and a case number used for two counties, at the row', () => {
    const r = ZRoundCaseNumbers.safeParse([
      { countyNumber: '55', caseNumber: '2023/8245' },
      { countyNumber: '55', caseNumber: '2023/8246' },
      { countyNumber: '56', caseNumber: '2023/8245' },
    ]);
    expect(messages(r)).toEqual([
      { path: '1.countyNumber', message: 'Fylke 55 er oppgitt mer enn én gang' },
      { path: '2.caseNumber', message: 'Saksnummer 2023/8245 er brukt for mer enn ett fylke' },
    ]);
  });
  it('reports invalid rows at their field', () => {
    const r = ZRoundCaseNumbers.safeParse({ '5': '2023/8245', '56': '2023-8244' });
    expect(messages(r)).toEqual([
      { path: '0.countyNumber', message: 'Fylkesnummer må ha 2 siffer' },
      { path: '1.caseNumber', message: 'Saksnummer må skrives som år/løpenummer, f.eks. 2023/8245' },
    ]);
  });
});
