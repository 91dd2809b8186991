// The payment file as the finance system and Norwegian Excel read it: CSV with a byte-order mark, ';' between fields,
// quoted only where needed; XLSX read back with exceljs — account numbers as text (leading zeros kept), amounts as
// numbers. Both from the same rows.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TPaymentFileRow } from '../../domain/utbetaling/payment-file-rows.ts';
import { renderPaymentCsv, renderPaymentXlsx } from './payment-file.ts';

const rows: TPaymentFileRow[] = [
  { orgnr: '940101808', name: 'Harstad kommune', kontonr: '01234567890', amountKr: 150_000, caseNumber: '2024/8245', documentNumber: '2024/8245-3', text: 'Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms' },
  { orgnr: '970422528', name: 'UiT; "Norges arktiske"', kontonr: '12345678903', amountKr: 50_000, caseNumber: '2024/8245', documentNumber: '2024/8245-3', text: 'Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms' },
];

describe('the payment file', () => {
  it('is a CSV with a BOM, semicolons and quotes only where needed', () => {
    const data = renderPaymentCsv(rows);
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = data.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Organisasjonsnummer;Navn;Kontonummer;Beløp;Saksnummer;Dokumentnummer;Tekst');
    expect(lines[1]).toBe('940101808;Harstad kommune;01234567890;150000;2024/8245;2024/8245-3;Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms');
    expect(lines[2]).toBe('970422528;"UiT; ""Norges arktiske""";12345678903;50000;2024/8245;2024/8245-3;Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms');
    expect(lines[3]).toBe('');
  });

  it('neutralises a name a spreadsheet would run as a formula', () => {
    const [, line] = renderPaymentCsv([{ ...rows[0]!, name: '=HYPERLINK("http://x")', text: '-1+1' }]).toString('utf8').slice(1).split('\r\n');
    expect(line).toBe(`940101808;"'=HYPERLINK(""http://x"")";01234567890;150000;2024/8245;2024/8245-3;'-1+1`);
  });

  it('is an XLSX whose accounts are text and amounts numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderPaymentXlsx(rows, 'Test')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Utbetaling')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Organisasjonsnummer', 'Navn', 'Kontonummer', 'Beløp', 'Saksnummer', 'Dokumentnummer', 'Tekst']);
    expect(sheet.getRow(2).values).toEqual([undefined, '940101808', 'Harstad kommune', '01234567890', 150_000, '2024/8245', '2024/8245-3', 'Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms']);
    expect(sheet.getRow(3).getCell(4).value).toBe(50_000);
    expect(sheet.rowCount).toBe(3);
  });
});
