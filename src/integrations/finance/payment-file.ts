// The payment file for the office's finance system (issue 15, point 1; ADR 027), from one list of rows
// (src/domain/utbetaling/payment-file-rows.ts) as CSV or XLSX. CSV the way Norwegian Excel opens it with a double
// click: UTF-8 with a byte-order mark (else æøå come out wrong), ';' between fields (',' is the decimal sign), CRLF,
// fields quoted only when they hold ';', '"' or a line break. Account and organisation numbers are text in the XLSX
// so a leading zero survives; amounts are numbers (whole kroner) so the office can sum them.
import ExcelJS from 'exceljs';
import { PAYMENT_FILE_COLUMNS, type TPaymentFileFormat, type TPaymentFileRow } from '../../domain/utbetaling/payment-file-rows.ts';

export const PAYMENT_FILE_CONTENT_TYPES: Record<TPaymentFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const BOM = '\uFEFF';

/** A text a spreadsheet would take for a formula (a name or text beginning with =, +, -, @): the register's names are
 * typed by coordinators, and a file opened in Excel must not run what they typed (CSV injection). A leading apostrophe
 * makes it text; amounts are numbers and never touched. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number): string {
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderPaymentCsv(rows: readonly TPaymentFileRow[]): Buffer {
  const lines = [PAYMENT_FILE_COLUMNS.map((c) => csvField(c.header)).join(';'), ...rows.map((r) => PAYMENT_FILE_COLUMNS.map((c) => csvField(r[c.key])).join(';'))];
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

export async function renderPaymentXlsx(rows: readonly TPaymentFileRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  workbook.creator = 'Kompetanseløft';
  const sheet = workbook.addWorksheet('Utbetaling');
  sheet.columns = PAYMENT_FILE_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'text' ? 60 : c.key === 'name' ? 40 : 18,
    style: c.key === 'amountKr' ? { numFmt: '#,##0' } : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function renderPaymentFile(rows: readonly TPaymentFileRow[], format: TPaymentFileFormat, title: string): Promise<Buffer> {
  return format === 'csv' ? renderPaymentCsv(rows) : renderPaymentXlsx(rows, title);
}
