import { describe, expect, it } from 'vitest';
import { valuePreview } from './value-preview.ts';

const words = { yes: 'Ja', no: 'Nei', empty: '(tomt)' };

describe('valuePreview', () => {
  it('shows texts, numbers and yes/no as written', () => {
    expect(valuePreview('  Trygghet \n og mestring ', words)).toBe('Trygghet og mestring');
    expect(valuePreview(1676314, words)).toBe('1\u00a0676\u00a0314');
    expect(valuePreview(true, words)).toBe('Ja');
    expect(valuePreview(null, words)).toBe('(tomt)');
    expect(valuePreview('   ', words)).toBe('(tomt)');
  });

  it('shows a table as its cells, rows split', () => {
    const rows = [
      { uke: '33', aktivitet: 'Motivering', hvem: null },
      { uke: '34', aktivitet: 'Kartlegging', hvem: 'Alle' },
    ];
    expect(valuePreview(rows, words)).toBe('33 · Motivering / 34 · Kartlegging · Alle');
  });

  it('cuts long values', () => {
    expect(valuePreview('a'.repeat(50), words, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('the version history of a grouped answer (issue 12, point 10)', () => {
  const words = { yes: 'Ja', no: 'Nei', empty: '(tomt)' };

  it('history shows a year as 2027, not "2 027"', () => {
    expect(valuePreview({ year: 2027, ownerKr: 500000 }, words)).toBe('2027 · 500\u00a0000');
    expect(valuePreview([{ id: 'hoved', name: 'Sør-Troms', otherOfficeId: null, budgetYear: 2027 }], words)).toBe('hoved · Sør-Troms · 2027');
  });

  it('history labels the members of a grouped answer', () => {
    const labels: Record<string, string> = { year: 'År', ownerKr: '6.3 Tilskudd eier(ne) ber om (kr)' };
    expect(valuePreview({ years: [{ year: 2027, ownerKr: 500000 }] }, { ...words, labelOf: (k) => labels[k] })).toBe(
      'År: 2027 · 6.3 Tilskudd eier(ne) ber om (kr): 500\u00a0000',
    );
  });
});
