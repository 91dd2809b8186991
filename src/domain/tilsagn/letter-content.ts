// A decision letter's one source (issue 14, point 3): the template's sections with the fields filled from the
// decision, the amount tables per recipient and year with totals, the header (document number, case, date, addressee,
// copies) and the names of who handled the case — every generated word in the letter's language (letter-words.ts).
// The PDF and the Word document only draw this (src/documents/tilsagn/), so the two cannot say different things.
//
// Plain data that survives structured cloning (the render pool's worker draws it).
import { formatKr, formatNumber } from '../shared/money.ts';
import type { TLetterInput, TLetterLanguage, TLetterLine } from './letter-input.ts';
import { AMOUNT_TABLE_FIELD, fillFields, paragraphsOf, placesAmountTable, type TLetterField, type TLetterTemplate } from './letter-template.ts';
import { joinAnd, LETTER_WORDS, letterDate, type TLetterWords } from './letter-words.ts';

/** One amount table: a row per recipient, a column per year (later years marked), a sum column and a sum row. */
export type TAmountTable = {
  caption: string;
  columns: string[];
  rows: { cells: string[]; total: boolean }[];
};

export type TLetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'amounts'; table: TAmountTable };

export type TLetterContent = {
  kind: TLetterInput['kind'];
  language: TLetterLanguage;
  /** BCP 47 for the PDF's and the Word document's language. */
  locale: string;
  title: string;
  officeName: string;
  documentNumber: string;
  /** Document number, case number, date, archive number: on the first page. */
  reference: { label: string; value: string }[];
  /** Addressee and copies. */
  recipients: { label: string; value: string }[];
  blocks: TLetterBlock[];
  greeting: string;
  /** The case officer and the approver (forvaltningsloven: the recipient sees who handled the case). */
  names: { label: string; value: string }[];
  /** The footer: `before` the page number, `between` it and the page count. */
  footer: { before: string; between: string };
  templateStatus: TLetterTemplate['status'];
  templateSource: TLetterTemplate['source'];
};

const LOCALES: Record<TLetterLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', se: 'se-NO', smj: 'smj-NO', sma: 'sma-NO' };

const sum = (lines: readonly TLetterLine[]) => lines.reduce((s, l) => s + l.amountKr, 0);

/** The table of a set of lines: recipients in the order they come (the owner first, as the loader gives them). */
function amountTable(lines: readonly TLetterLine[], caption: string, w: TLetterWords): TAmountTable {
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const conditional = new Set(lines.filter((l) => l.conditional).map((l) => l.year));
  const recipients: { key: string; label: string }[] = [];
  for (const l of lines) {
    const key = `${l.recipient}\u0000${l.recipientName}`;
    if (!recipients.some((r) => r.key === key)) recipients.push({ key, label: l.recipient === 'owner' ? `${l.recipientName} (${w.payee})` : l.recipientName });
  }
  const amount = (of: readonly TLetterLine[]) => (of.length === 0 ? '–' : formatKr(sum(of)));
  const rows = recipients.map((r) => {
    const own = lines.filter((l) => `${l.recipient}\u0000${l.recipientName}` === r.key);
    return { cells: [r.label, ...years.map((y) => amount(own.filter((l) => l.year === y))), formatKr(sum(own))], total: false };
  });
  rows.push({ cells: [w.total, ...years.map((y) => formatKr(sum(lines.filter((l) => l.year === y)))), formatKr(sum(lines))], total: true });
  return { caption, columns: [w.recipient, ...years.map((y) => (conditional.has(y) ? `${y}*` : `${y}`)), w.total], rows };
}

function amountBlocks(input: TLetterInput, w: TLetterWords): TLetterBlock[] {
  const paid = input.lines.filter((l) => !l.transfer);
  const transfers = input.lines.filter((l) => l.transfer);
  const blocks: TLetterBlock[] = [];
  if (paid.length > 0) blocks.push({ kind: 'amounts', table: amountTable(paid, w.amountsCaption, w) });
  if (transfers.length > 0) blocks.push({ kind: 'amounts', table: amountTable(transfers, w.transfersCaption, w) });
  if (input.lines.some((l) => l.conditional)) blocks.push({ kind: 'paragraph', text: w.conditionalNote, muted: true });
  return blocks;
}

function yearsText(years: number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? `${first}` : `${first}–${last}`;
}

/** Every field's value for this letter; null where the letter has nothing to say (its paragraph is left out). */
function fieldValues(input: TLetterInput, w: TLetterWords): Record<Exclude<TLetterField, typeof AMOUNT_TABLE_FIELD>, string | null> {
  const granted = sum(input.lines);
  const years = [...new Set(input.lines.map((l) => l.year))].sort((a, b) => a - b);
  const laterYears = [...new Set(input.lines.filter((l) => l.conditional).map((l) => l.year))].sort((a, b) => a - b);
  const transferNames = [...new Set(input.lines.filter((l) => l.transfer).map((l) => l.recipientName))];
  const reasons = input.reasons.trim();
  return {
    officeName: input.office.name,
    partnershipName: input.partnership.name,
    addresseeName: input.addressee.name,
    schemeName: input.scheme.name,
    roundTitle: input.round.title,
    roundYear: String(input.round.year),
    documentNumber: input.documentNumber,
    caseNumber: input.caseNumber,
    letterDate: letterDate(input.dateLocal, w),
    purpose: input.purpose.trim() || null,
    years: yearsText(years) || String(input.round.year),
    grantedTotal: formatKr(granted),
    askedTotal: formatKr(input.askedKr),
    innstiltTotal: formatKr(input.innstiltKr),
    reduction: input.kind === 'tilsagn' && granted < input.askedKr ? formatKr(input.askedKr - granted) : null,
    reasons: reasons || null,
    deviationReason: input.deviationReason?.trim() || null,
    laterYears: laterYears.length > 0 ? joinAnd(laterYears.map(String), w) : null,
    transferRecipients: transferNames.length > 0 ? joinAnd(transferNames, w) : null,
    budgetChapterPost: input.scheme.budgetChapterPost.trim() || null,
    grantRules: input.scheme.grantRules.trim() || null,
    cofundingPercent: input.scheme.ownerCofundingPercent !== null && input.scheme.ownerCofundingPercent > 0 ? formatNumber(input.scheme.ownerCofundingPercent) : null,
    notFundedUse: input.scheme.noIndividualEducation ? w.individualEducation : null,
    reportDue: input.reportDueLocal ? letterDate(input.reportDueLocal, w) : w.reportDueUnset,
    acceptanceDue: input.acceptanceDueLocal ? letterDate(input.acceptanceDueLocal, w) : null,
    appealBody: input.appealBody,
    amendsDocumentNumber: input.amends?.documentNumber ?? null,
    amendsDate: input.amends ? letterDate(input.amends.dateLocal, w) : null,
  };
}

/** A section's body as blocks: paragraphs split at blank lines; a paragraph of "- " lines is a list. */
function sectionBlocks(body: string, values: Record<string, string | null>, amounts: TLetterBlock[]): TLetterBlock[] {
  const blocks: TLetterBlock[] = [];
  for (const paragraph of paragraphsOf(body)) {
    if (paragraph === `{${AMOUNT_TABLE_FIELD}}`) {
      blocks.push(...amounts);
      continue;
    }
    const lines = paragraph.split('\n');
    if (lines.every((l) => /^\s*-\s/.test(l))) {
      const items = lines.map((l) => fillFields(l.replace(/^\s*-\s+/, ''), values)).filter((t): t is string => t !== null);
      if (items.length > 0) blocks.push({ kind: 'list', items });
      continue;
    }
    const text = fillFields(paragraph, values);
    if (text !== null) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

/**
 * The letter from its input and its template (the office's or the default, in the letter's language). Throws when
 * the language has no letter words (Lule and South Sámi): no letter is rendered in a language without them.
 */
export function letterContent(input: TLetterInput, template: TLetterTemplate): TLetterContent {
  const w = LETTER_WORDS[input.language];
  if (!w) throw new Error(`No letter words in ${input.language}`);
  const values = fieldValues(input, w);
  const amounts = amountBlocks(input, w);

  const blocks: TLetterBlock[] = [];
  if (w.translationNote) blocks.push({ kind: 'paragraph', text: w.translationNote.replace('{documentNumber}', input.documentNumber), muted: true });
  // A template without the amount tables still shows them, after its first section: the amounts are the decision.
  let amountsPlaced = amounts.length === 0 || template.sections.some((x) => placesAmountTable(x.body));
  for (const section of template.sections) {
    const body = sectionBlocks(section.body, values, amounts);
    if (body.length === 0) continue;
    const heading = section.heading.trim() === '' ? null : fillFields(section.heading, values);
    if (heading === null && section.heading.trim() !== '') continue;
    if (heading) blocks.push({ kind: 'heading', text: heading });
    blocks.push(...body);
    if (!amountsPlaced) {
      blocks.push(...amounts);
      amountsPlaced = true;
    }
  }
  if (!amountsPlaced) blocks.push(...amounts);

  const kindTitle = input.kind === 'tilsagn' ? w.titleTilsagn : w.titleAvslag;
  const title = `${input.amends ? `${w.titleEndring} – ` : ''}${kindTitle} – ${input.partnership.name}`;
  const addressee = input.addressee.orgnr ? `${input.addressee.name} (${w.orgnr} ${input.addressee.orgnr})` : input.addressee.name;
  return {
    kind: input.kind,
    language: input.language,
    locale: LOCALES[input.language],
    title,
    officeName: input.office.name,
    documentNumber: input.documentNumber,
    reference: [
      { label: w.documentNumber, value: input.documentNumber },
      { label: w.caseNumber, value: input.caseNumber },
      { label: w.date, value: letterDate(input.dateLocal, w) },
      ...(input.archiveNumber && input.archiveNumber !== input.documentNumber ? [{ label: w.archiveNumber, value: input.archiveNumber }] : []),
    ],
    recipients: [{ label: w.to, value: addressee }, ...(input.copies.length > 0 ? [{ label: w.copies, value: input.copies.map((c) => c.name).join(', ') }] : [])],
    blocks,
    greeting: w.greeting,
    names: [
      { label: w.caseOfficer, value: input.caseOfficerName },
      { label: w.approver, value: input.approverName },
    ],
    footer: { before: `${w.footerDocument.replace('{documentNumber}', input.documentNumber)} · ${w.page} `, between: ` ${w.pageOf} ` },
    templateStatus: template.status,
    templateSource: template.source,
  };
}
