// The round overview workbook, read back with exceljs: a row per application and part with numeric kr cells, the
// sum of only the parts that count towards this office, the frame and what remains; a bold, frozen, filterable
// header.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRoundXlsx, type TRoundXlsxInput } from './round-xlsx.ts';
import { testSnapshot } from './test-snapshot.ts';

const FRAME = 10_000_000;
let sheet: ExcelJS.Worksheet;
let header: string[];

function secondApplication() {
  const snapshot = testSnapshot();
  return {
    ...snapshot,
    documentNumber: '2023/8245-7',
    partnership: { ...snapshot.partnership, name: 'Kompetanseløftet Midt-Troms' },
    // One part only (Sør-Troms' figures), counting here.
    values: { ...snapshot.values, parts: [(snapshot.values['parts'] as unknown[])[0]] },
    totals: snapshot.totals && { ...snapshot.totals, parts: snapshot.totals.parts.slice(0, 1) },
  };
}

const input: TRoundXlsxInput = {
  round: { title: 'Behovsmeldinger 2024 – Kompetanseløftet', year: 2024, officeName: 'Statsforvalteren i Troms og Finnmark', budgetFrameKr: FRAME },
  applications: [
    { snapshot: testSnapshot(), status: 'Innsendt', late: false, returned: false },
    { snapshot: secondApplication(), status: 'Innsendt', late: true, returned: true },
  ],
};

const cellValue = (row: number, column: string) => sheet.getRow(row).getCell(header.indexOf(column) + 1).value;
const resultOf = (value: ExcelJS.CellValue) => (typeof value === 'object' && value !== null && 'result' in value ? value.result : value);

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderRoundXlsx(input)) as unknown as ExcelJS.Buffer);
  const first = workbook.worksheets[0];
  if (!first) throw new Error('no worksheet');
  sheet = first;
  header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
});

describe('renderRoundXlsx', () => {
  it('has a bold, frozen header with an autofilter over the data rows', () => {
    expect(header.slice(0, 11)).toEqual([
      'Partnerskap',
      'Del',
      'Teller for',
      'Teller med',
      'Status',
      'Etter frist',
      'Returnert',
      'Dokumentnummer',
      'Eier (kr)',
      'UH (kr)',
      'Totalt (kr)',
    ]);
    expect(header).toContain('Punkt 6 eier 2024 (kr)');
    expect(header).toContain('Punkt 6 UH 2025 (kr)');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('has one row per application and part, the other office marked', () => {
    const rows = [2, 3, 4].map((r) => [cellValue(r, 'Partnerskap'), cellValue(r, 'Del'), cellValue(r, 'Teller for'), cellValue(r, 'Teller med')]);
    expect(rows).toEqual([
      ['Kompetanseløftet Sør-Troms og Evenes', 'Region Sør-Troms', 'Statsforvalteren i Troms og Finnmark', 'Ja'],
      ['Kompetanseløftet Sør-Troms og Evenes', 'Evenes', 'søkes hos Statsforvalteren i Nordland', 'Nei'],
      ['Kompetanseløftet Midt-Troms', 'Region Sør-Troms', 'Statsforvalteren i Troms og Finnmark', 'Ja'],
    ]);
    expect(cellValue(4, 'Etter frist')).toBe('Ja');
    expect(cellValue(4, 'Returnert')).toBe('Ja');
    expect(cellValue(2, 'Dokumentnummer')).toBe('2023/8245-3');
  });

  it('writes the amounts as numbers with a kr format', () => {
    expect([cellValue(2, 'Eier (kr)'), cellValue(2, 'UH (kr)'), cellValue(2, 'Totalt (kr)')]).toEqual([1_121_060, 1_676_314, 2_797_374]);
    expect([cellValue(3, 'Eier (kr)'), cellValue(3, 'UH (kr)'), cellValue(3, 'Totalt (kr)')]).toEqual([59_000, 145_766, 204_766]);
    expect([cellValue(3, 'Punkt 6 eier 2024 (kr)'), cellValue(3, 'Punkt 6 UH 2024 (kr)'), cellValue(3, 'Punkt 6 UH 2025 (kr)')]).toEqual([59_000, 145_767, 145_767]);
    expect(sheet.getRow(2).getCell(header.indexOf('Totalt (kr)') + 1).numFmt).toBe('#,##0 "kr"');
  });

  it('sums only the parts counting towards this office, then the frame and what remains', () => {
    const sumRow = 6; // header, 3 data rows, a blank row
    expect(cellValue(sumRow, 'Partnerskap')).toBe('Sum for Statsforvalteren i Troms og Finnmark');
    expect(resultOf(cellValue(sumRow, 'Eier (kr)'))).toBe(2 * 1_121_060);
    expect(resultOf(cellValue(sumRow, 'UH (kr)'))).toBe(2 * 1_676_314);
    expect(resultOf(cellValue(sumRow, 'Totalt (kr)'))).toBe(2 * 2_797_374);
    expect(resultOf(cellValue(sumRow, 'Punkt 6 eier 2024 (kr)'))).toBe(2 * 1_121_060);
    expect(cellValue(sumRow, 'Totalt (kr)')).toMatchObject({ formula: 'SUMIFS(K2:K4,D2:D4,"Ja")' });
    expect(cellValue(sumRow + 1, 'Partnerskap')).toBe('Budsjettramme');
    expect(cellValue(sumRow + 1, 'Totalt (kr)')).toBe(FRAME);
    expect(cellValue(sumRow + 2, 'Partnerskap')).toBe('Gjenstår av rammen');
    expect(resultOf(cellValue(sumRow + 2, 'Totalt (kr)'))).toBe(FRAME - 2 * 2_797_374);
  });
});
