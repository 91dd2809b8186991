// A document as a list of neutral blocks (headings, questions with answers, tables, checkboxes), shared by every
// form's documents: built once from a snapshot (the behovsmelding's application-document.ts, a questionnaire's
// questionnaire-blocks.ts) and translated block by block to PDF (pdf-content.ts) and to Word (docx-content.ts), so
// the two documents cannot drift apart in content or order.

export type TTone = 'normal' | 'muted' | 'warning';

export type TCellAlign = 'left' | 'right';

export type TTableColumn = {
  header: string;
  /** Relative width: the renderers share the page width out by these weights. */
  weight: number;
  align?: TCellAlign;
};

export type TTableRow =
  | {
      kind: 'cells';
      cells: string[];
      /** Sums and subtotals are bold. */
      emphasis?: boolean;
      /** Detail lines (a line's sub-table) are indented by level in their first cell. */
      indent?: number;
      tone?: TTone;
    }
  /** A row spanning every column: a warning at the line above, or the title of a detail table. */
  | { kind: 'note'; text: string; indent?: number; tone: TTone };

export type TListItem = { marker: string; text: string; level: number };

export type TDocBlock =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: TTone }
  /** A question of the form and its answer; null = not answered. */
  | { kind: 'field'; label: string; answer: string | null }
  | { kind: 'checkboxes'; label: string; items: { text: string; checked: boolean }[] }
  | { kind: 'list'; items: TListItem[] }
  | { kind: 'table'; caption: string | null; columns: TTableColumn[]; rows: TTableRow[] }
  /** Label–value pairs (the document's metadata, an institution's details). */
  | { kind: 'facts'; rows: { label: string; value: string }[] };

export const CHECKED = '\u2612'; // ☒
export const UNCHECKED = '\u2610'; // ☐
export const NOT_ANSWERED = 'Ikke besvart';
