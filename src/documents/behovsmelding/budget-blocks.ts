// A budget table (owner's or UH's) as a document table: each line's description, its arithmetic (factors × unit
// price, a percentage of its base), the sum the applicant stated and the sum it computes, with the warnings right
// under the line they concern. A line's detail table follows the line, indented, so the reader sees where an amount
// comes from ("273 × 3 × 610" against the 846-day table).
import { differenceToShow, type TBudgetIssue } from '../../domain/behovsmelding/budget-issue.ts';
import { formatAmount, formatKrSuffix, formatNumber } from '../../domain/shared/money.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import type { TBudgetLineView, TBudgetTableView, TFactorView } from './budget-view.ts';
import type { TDocBlock, TTableColumn, TTableRow } from '../blocks/document-blocks.ts';

const COLUMNS: TTableColumn[] = [
  { header: 'Beskrivelse', weight: 5 },
  { header: 'Beregning', weight: 3 },
  { header: 'Oppgitt (kr)', weight: 1.5, align: 'right' },
  { header: 'Beregnet (kr)', weight: 1.5, align: 'right' },
];

export function budgetTableBlock(caption: string, table: TBudgetTableView): TDocBlock {
  return { kind: 'table', caption, columns: COLUMNS, rows: tableRows(table, 0, 'Sum') };
}

function tableRows(table: TBudgetTableView, indent: number, sumLabel: string): TTableRow[] {
  return [
    ...table.lines.flatMap((line) => lineRows(line, indent)),
    { kind: 'cells', cells: [sumLabel, '', amount(table.stated), amount(table.computed)], emphasis: true, indent },
    ...warningRows(table.totalIssues, indent),
  ];
}

function lineRows(line: TBudgetLineView, indent: number): TTableRow[] {
  const rows: TTableRow[] = [
    { kind: 'cells', cells: [line.description, formulaOf(line), amount(line.stated), amount(line.computed)], emphasis: line.kind === 'subtotal', indent },
    ...warningRows(line.issues, indent),
  ];
  if (line.details) {
    const title = line.details.title ? `Detaljer: ${line.details.title}` : 'Detaljer';
    rows.push({ kind: 'note', text: title, indent: indent + 1, tone: 'muted' }, ...tableRows(line.details, indent + 1, 'Sum detaljer'));
  }
  return rows;
}

/** `273 ansatte × 3 dialogkonferanser × 610 kr`, `20 % av 1 396 928`: the line's arithmetic as the applicant wrote it. */
export function formulaOf(line: TBudgetLineView): string {
  if (line.kind === 'subtotal') return 'Sum av linjene over';
  if (line.kind === 'percentage') {
    const percent = line.percent === null ? '?' : formatNumber(line.percent);
    const of = line.base !== null ? formatAmount(line.base) : line.baseLineIds ? `linjene ${line.baseLineIds.join(', ')}` : 'linjene over';
    return `${percent}\u00a0% av ${of}`;
  }
  const parts = line.factors.map(factorText);
  if (line.unitPrice !== null) parts.push(formatKrSuffix(line.unitPrice));
  if (parts.length > 0) return parts.join(' × ');
  return line.details ? 'Sum av detaljene' : 'Fast beløp';
}

function factorText(factor: TFactorView): string {
  const value = factor.terms && factor.terms.length > 1 ? `(${factor.terms.map(formatNumber).join(' + ')})` : factor.value === null ? '?' : formatNumber(factor.value);
  return factor.label ? `${value} ${factor.label}` : value;
}

function warningRows(issues: readonly TBudgetIssue[], indent: number): TTableRow[] {
  return issues.map((issue) => ({ kind: 'note', text: warningText(issue), indent, tone: 'warning' }));
}

/** "Advarsel: …" with the difference in kroner (the stated-sum message already names it). */
export function warningText(issue: TBudgetIssue): string {
  const message = renderNb(issue.message); // documents are Bokmål; a message may be a token (ADR 019)
  const shown = differenceToShow(issue);
  const difference = shown !== null ? ` (avvik ${formatKrSuffix(shown)})` : '';
  return `Advarsel: ${message}${difference}`;
}

const amount = (value: number | null) => (value === null ? '' : formatAmount(value));
