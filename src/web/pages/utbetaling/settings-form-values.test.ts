import { describe, expect, it } from 'vitest';
import { ZUtbetalingSettingInput } from '../../../domain/utbetaling/unused-funds.ts';
import { utbetalingSettingsBody, utbetalingSettingsValues } from './settings-form-values.ts';

const fresh = { officeId: 'troms-og-finnmark', repaymentKontonr: null, repaymentDays: 30, version: 0 };

describe('the repayment settings form', () => {
  it('starts from the defaults, and a first save names no version', () => {
    const values = utbetalingSettingsValues(fresh);
    expect(values).toEqual({ repaymentKontonr: '', repaymentDays: '30' });
    expect(ZUtbetalingSettingInput.parse(utbetalingSettingsBody(values, 0))).toEqual({ repaymentKontonr: null, repaymentDays: 30 });
  });

  it('sends the account as digits with the version it was read at', () => {
    const body = utbetalingSettingsBody({ repaymentKontonr: ' 1503.12.34562 ', repaymentDays: '45' }, 3);
    expect(ZUtbetalingSettingInput.parse(body)).toEqual({ repaymentKontonr: '15031234562', repaymentDays: 45, expectedVersion: 3 });
  });

  it('lets the schema refuse a bad account number and days out of range, each on its field', () => {
    const result = ZUtbetalingSettingInput.safeParse(utbetalingSettingsBody({ repaymentKontonr: '1234', repaymentDays: 'tre' }, 1));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['repaymentDays', 'repaymentKontonr']);
    expect(ZUtbetalingSettingInput.safeParse(utbetalingSettingsBody({ repaymentKontonr: '', repaymentDays: '3' }, 1)).success).toBe(false);
  });
});
