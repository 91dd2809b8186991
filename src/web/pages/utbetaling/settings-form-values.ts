// Form state of the office's repayment settings (issue 15, point 2) and its conversion to the body of
// PUT /api/utbetaling/settings. The shared schema (ZUtbetalingSettingInput) checks it in the browser as on the server.
// Version 0 means "never saved, the defaults apply": the first save names no version, as the server expects.
import type { UtbetalingSettings } from '../../../domain/utbetaling/unused-contract.ts';
import { formatKontonr } from '../../../domain/shared/fields.ts';

export type UtbetalingSettingsFormValues = { repaymentKontonr: string; repaymentDays: string };

export const utbetalingSettingsValues = (s: UtbetalingSettings): UtbetalingSettingsFormValues => ({
  repaymentKontonr: s.repaymentKontonr ? formatKontonr(s.repaymentKontonr) : '',
  repaymentDays: String(s.repaymentDays),
});

/** Text that is not a whole number stays text, so the shared schema words the complaint (with its limits). */
function wholeNumberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d{1,9}$/.test(t) ? Number(t) : t;
}

/** An empty account clears it (the schema reads '' as none): then no repayment claim can be issued. */
export function utbetalingSettingsBody(v: UtbetalingSettingsFormValues, version: number) {
  return {
    repaymentKontonr: v.repaymentKontonr.trim(),
    repaymentDays: wholeNumberOrText(v.repaymentDays),
    expectedVersion: version > 0 ? version : undefined,
  };
}
