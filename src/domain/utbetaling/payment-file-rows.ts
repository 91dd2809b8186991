// The rows of the payment file the office's finance system reads (issue 15, point 1; ADR 027): one row per approved
// item, the same rows for CSV and XLSX (src/integrations/finance/payment-file.ts writes them). The case number is the
// decision's document number without its document sequence: the county's case the tilsagn was filed in.
import { parseDocumentNumber } from '../behovsmelding/case-number.ts';
import { paymentText } from './payment-batch.ts';

export const PAYMENT_FILE_FORMATS = ['csv', 'xlsx'] as const;
export type TPaymentFileFormat = (typeof PAYMENT_FILE_FORMATS)[number];

export type TPaymentFileRow = {
  orgnr: string;
  name: string;
  kontonr: string;
  amountKr: number;
  caseNumber: string;
  documentNumber: string;
  text: string;
};

/** The columns in their order, with the headings the finance system's import is set up with. */
export const PAYMENT_FILE_COLUMNS: readonly { key: keyof TPaymentFileRow; header: string }[] = [
  { key: 'orgnr', header: 'Organisasjonsnummer' },
  { key: 'name', header: 'Navn' },
  { key: 'kontonr', header: 'Kontonummer' },
  { key: 'amountKr', header: 'Beløp' },
  { key: 'caseNumber', header: 'Saksnummer' },
  { key: 'documentNumber', header: 'Dokumentnummer' },
  { key: 'text', header: 'Tekst' },
];

export type TPaymentFileItem = {
  orgnr: string | null;
  orgName: string;
  kontonr: string | null;
  amountKr: number;
  documentNumber: string | null;
  year: number;
  partnershipName: string;
};

/** The file's rows of approved items; the account is the one the item was approved with. */
export function paymentFileRows(items: readonly TPaymentFileItem[], round: { schemeShortName: string; year: number }): TPaymentFileRow[] {
  return items.map((i) => ({
    orgnr: i.orgnr ?? '',
    name: i.orgName,
    kontonr: i.kontonr ?? '',
    amountKr: i.amountKr,
    caseNumber: i.documentNumber ? (parseDocumentNumber(i.documentNumber)?.caseNumber ?? '') : '',
    documentNumber: i.documentNumber ?? '',
    text: paymentText(round.schemeShortName, round.year, i.year, i.partnershipName),
  }));
}

/** `utbetaling-2024-<first 8 of the batch id>.csv`: one name per batch, or per round for the CLI's file. */
export const paymentFileName = (roundYear: number, tag: string, format: TPaymentFileFormat) => `utbetaling-${roundYear}-${tag}.${format}`;
