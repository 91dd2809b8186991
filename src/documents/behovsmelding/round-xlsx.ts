// The round's overview as an Excel workbook for the office: one row per application and part (a part applied for at
// another office has its own row, marked, and is left out of the sums), the amounts asked for, section 6 per year,
// then the sum of the parts that count here, the round's budget frame and what remains of it. Amounts are numeric
// cells with a kr format so the office can sort, filter and compute; the sums are formulas (with their values
// stored) over the "Teller med" column, so they stay right when rows are sorted.
import ExcelJS from 'exceljs';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { otherOfficeNote } from './office-names.ts';
import { numberOf, partHeaders, partName, partResultOf, partValue, rowsOf } from './snapshot-values.ts';

export type TRoundApplicationRow = {
  snapshot: TApplicationSnapshot;
  /** The application's status as the office's list shows it ("Innsendt", "Returnert", "Behandlet"). */
  status: string;
  /** Submitted after the round's deadline (on an extension or not). */
  late: boolean;
  /** Returned to the applicant at least once. */
  returned: boolean;
};

export type TRoundXlsxInput = {
  round: { title: string; year: number; officeName: string; budgetFrameKr: number | null };
  applications: TRoundApplicationRow[];
};

export const KR_FORMAT = '#,##0 "kr"';
const YES = 'Ja';
const NO = 'Nei';

type TPartRow = {
  partnership: string;
  part: string;
  countsFor: string;
  counts: boolean;
  status: string;
  late: boolean;
  returned: boolean;
  documentNumber: string;
  owner: number | null;
  uh: number | null;
  total: number | null;
  /** Section 6 per year: what owner and UH ask for. */
  years: Map<number, { owner: number | null; uh: number | null }>;
};

export async function renderRoundXlsx(input: TRoundXlsxInput): Promise<Buffer> {
  const rows = input.applications.flatMap((a) => partRows(a, input.round.officeName));
  const years = [...new Set(rows.flatMap((r) => [...r.years.keys()]))].sort((a, b) => a - b);

  const workbook = new ExcelJS.Workbook();
  workbook.title = input.round.title;
  workbook.creator = 'Kompetanseløft';
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(`Behovsmeldinger ${input.round.year}`);
  sheet.headerFooter.oddHeader = `&L${escapeHeader(input.round.title)}&R${escapeHeader(input.round.officeName)}`;

  const columns: { header: string; key: string; width: number; money?: boolean }[] = [
    { header: 'Partnerskap', key: 'partnership', width: 40 },
    { header: 'Del', key: 'part', width: 24 },
    { header: 'Teller for', key: 'countsFor', width: 36 },
    { header: 'Teller med', key: 'counts', width: 11 },
    { header: 'Status', key: 'status', width: 14 },
    { header: 'Etter frist', key: 'late', width: 11 },
    { header: 'Returnert', key: 'returned', width: 11 },
    { header: 'Dokumentnummer', key: 'documentNumber', width: 17 },
    { header: 'Eier (kr)', key: 'owner', width: 15, money: true },
    { header: 'UH (kr)', key: 'uh', width: 15, money: true },
    { header: 'Totalt (kr)', key: 'total', width: 15, money: true },
    ...years.flatMap((y) => [
      { header: `Punkt 6 eier ${y} (kr)`, key: `owner${y}`, width: 18, money: true },
      { header: `Punkt 6 UH ${y} (kr)`, key: `uh${y}`, width: 18, money: true },
    ]),
  ];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.money ? { numFmt: KR_FORMAT } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];

  for (const r of rows) {
    sheet.addRow({
      ...r,
      counts: r.counts ? YES : NO,
      late: r.late ? YES : NO,
      returned: r.returned ? YES : NO,
      ...Object.fromEntries(years.flatMap((y) => [[`owner${y}`, r.years.get(y)?.owner ?? null], [`uh${y}`, r.years.get(y)?.uh ?? null]])),
    });
  }
  const lastDataRow = rows.length + 1;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastDataRow, column: columns.length } };

  // A blank row keeps the sums out of the filtered range.
  const sumRow = sheet.getRow(lastDataRow + 2);
  sumRow.getCell(1).value = `Sum for ${input.round.officeName}`;
  sumRow.getCell(2).value = 'Bare deler som teller med';
  const countsCol = sheet.getColumn(columns.findIndex((x) => x.key === 'counts') + 1).letter;
  columns.forEach((c, i) => {
    if (!c.money) return;
    const col = sheet.getColumn(i + 1).letter;
    const result = sumCounted(rows, c.key);
    sumRow.getCell(i + 1).value = { formula: `SUMIFS(${col}2:${col}${lastDataRow},${countsCol}2:${countsCol}${lastDataRow},"${YES}")`, result };
  });
  sumRow.font = { bold: true };

  const totalCol = columns.findIndex((c) => c.key === 'total') + 1;
  const totalLetter = sheet.getColumn(totalCol).letter;
  const frameRow = sheet.getRow(lastDataRow + 3);
  frameRow.getCell(1).value = 'Budsjettramme';
  const remainingRow = sheet.getRow(lastDataRow + 4);
  remainingRow.getCell(1).value = 'Gjenstår av rammen';
  remainingRow.font = { bold: true };
  const frame = input.round.budgetFrameKr;
  if (frame === null) {
    frameRow.getCell(totalCol).value = 'Ikke satt';
  } else {
    frameRow.getCell(totalCol).value = frame;
    remainingRow.getCell(totalCol).value = {
      formula: `${totalLetter}${frameRow.number}-${totalLetter}${sumRow.number}`,
      result: frame - sumCounted(rows, 'total'),
    };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function partRows(application: TRoundApplicationRow, officeName: string): TPartRow[] {
  const { snapshot } = application;
  const common = {
    partnership: snapshot.partnership.name,
    status: application.status,
    late: application.late,
    returned: application.returned,
    documentNumber: snapshot.documentNumber,
  };
  const parts = partHeaders(snapshot.values);
  if (parts.length === 0) {
    return [{ ...common, part: '', countsFor: officeName, counts: true, owner: null, uh: null, total: null, years: new Map() }];
  }
  return parts.map((part, index) => {
    const result = partResultOf(snapshot, part, index);
    return {
      ...common,
      part: partName(part, index),
      countsFor: part.otherOfficeId ? otherOfficeNote(application.snapshot, part.otherOfficeId) : officeName,
      counts: part.otherOfficeId === null,
      owner: result?.amounts.owner ?? null,
      uh: result?.amounts.uh ?? null,
      total: result?.amounts.total ?? null,
      years: grantUseYears(partValue(snapshot.values, part.id, 'grantUse')),
    };
  });
}

function grantUseYears(grantUse: unknown): TPartRow['years'] {
  const years = rowsOf<{ year?: unknown; ownerKr?: unknown; uhKr?: unknown }>((grantUse as { years?: unknown } | null)?.years);
  const result: TPartRow['years'] = new Map();
  for (const y of years) {
    const year = numberOf(y.year);
    if (year !== null) result.set(year, { owner: numberOf(y.ownerKr), uh: numberOf(y.uhKr) });
  }
  return result;
}

/** The sum over the parts that count towards this office (what the SUMIFS formula computes). */
const sumCounted = (rows: TPartRow[], key: string) => rows.filter((r) => r.counts).reduce((s, r) => s + (valueOf(r, key) ?? 0), 0);

function valueOf(row: TPartRow, key: string): number | null {
  if (key === 'owner' || key === 'uh' || key === 'total') return row[key];
  const m = /^(owner|uh)(\d{4})$/.exec(key);
  if (!m) return null;
  const year = row.years.get(Number(m[2]));
  return (m[1] === 'owner' ? year?.owner : year?.uh) ?? null;
}

/** `&` starts a code in Excel's header text; a literal one is written `&&`. */
const escapeHeader = (text: string) => text.replace(/&/g, '&&');
