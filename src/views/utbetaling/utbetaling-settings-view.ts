// The office's repayment settings as the API answers them: the saved row, or the defaults (no account, 30 days) with
// version 0 until a case officer saves them.
import type { UtbetalingSettingRow } from '../../db/utbetaling-setting-repository.ts';
import type { UtbetalingSettings } from '../../domain/utbetaling/unused-contract.ts';
import { DEFAULT_REPAYMENT_DAYS } from '../../domain/utbetaling/unused-funds.ts';

export const utbetalingSettingsOut = (officeId: string, row: UtbetalingSettingRow | undefined): UtbetalingSettings => ({
  officeId,
  repaymentKontonr: row?.repaymentKontonr ?? null,
  repaymentDays: row?.repaymentDays ?? DEFAULT_REPAYMENT_DAYS,
  version: row?.version ?? 0,
});
