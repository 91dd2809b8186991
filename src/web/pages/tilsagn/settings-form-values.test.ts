import { describe, expect, it } from 'vitest';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { ZRecipientProfileInput, ZTilsagnSettingInput } from '../../../domain/tilsagn/recipient.ts';
import type { OfficeRecipient, TilsagnSettings } from '../../../domain/tilsagn/settings-contract.ts';
import { zodFieldErrors } from '../../forms/use-form.ts';
import { recipientFormBody, recipientValues, settingsFormBody, settingsValues } from './settings-form-values.ts';

const defaults: TilsagnSettings = { officeId: 'troms-og-finnmark', writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 21, version: 0 };
const complaints = (body: unknown) => zodFieldErrors(ZTilsagnSettingInput.safeParse(body).error!).map((e) => `${e.field}: ${renderNb(e.message)}`);

describe('the letter settings form', () => {
  it('saves the defaults the first time without a version, the days as a number', () => {
    const body = settingsFormBody({ ...settingsValues(defaults), writtenStandard: 'nynorsk', acceptanceDays: ' 30 ' }, defaults.version);
    expect(body).toEqual({ writtenStandard: 'nynorsk', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 30, expectedVersion: undefined });
    expect(ZTilsagnSettingInput.parse(body)).toEqual({ writtenStandard: 'nynorsk', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 30 });
  });

  it('names the version of stored settings', () => {
    expect(settingsFormBody(settingsValues({ ...defaults, version: 4 }), 4)).toMatchObject({ acceptanceDays: 21, expectedVersion: 4 });
  });

  it('leaves what it cannot read for the shared schema to word', () => {
    expect(complaints(settingsFormBody({ writtenStandard: 'bokmal', appealBody: ' ', acceptanceDays: 'tre uker' }, 0))).toEqual([
      'appealBody: Klageinstans må fylles ut',
      'acceptanceDays: Frist for aksept må være et helt antall dager fra 1 til 90',
    ]);
    expect(complaints(settingsFormBody({ writtenStandard: 'bokmal', appealBody: 'Udir', acceptanceDays: '' }, 0))).toEqual(['acceptanceDays: Frist for aksept må være et helt antall dager fra 1 til 90']);
    expect(complaints(settingsFormBody({ writtenStandard: 'bokmal', appealBody: 'Udir', acceptanceDays: '120' }, 0))).toEqual(['acceptanceDays: Frist for aksept må være et helt antall dager fra 1 til 90']);
  });
});

const uit: OfficeRecipient = {
  organisationId: 'org-uit',
  organisationName: 'UiT Norges arktiske universitet',
  officeId: null,
  receipt: 'statlig-overforing',
  writtenStandard: 'bokmal',
  samiLanguage: 'se',
  version: 2,
  kind: 'uh',
  roles: ['uh'],
  letterLanguage: 'nb',
  allowed: ['read', 'edit'],
};

describe('the recipient profile form', () => {
  it('turns "no Sámi language" into null and names the version of a stored profile', () => {
    const body = recipientFormBody({ ...recipientValues(uit), samiLanguage: '' }, uit.version);
    expect(body).toEqual({ receipt: 'statlig-overforing', writtenStandard: 'bokmal', samiLanguage: null, expectedVersion: 2 });
    expect(ZRecipientProfileInput.parse(body)).toEqual({ receipt: 'statlig-overforing', writtenStandard: 'bokmal', samiLanguage: null, expectedVersion: 2 });
  });

  it('starts from the defaults of an organisation with no profile, without a version', () => {
    const none = { ...uit, receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: null, version: 0 } as const;
    expect(recipientValues(none)).toEqual({ receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: '' });
    expect(recipientFormBody({ ...recipientValues(none), writtenStandard: 'nynorsk', samiLanguage: 'sma' }, 0)).toEqual({
      receipt: 'utbetaling',
      writtenStandard: 'nynorsk',
      samiLanguage: 'sma',
      expectedVersion: undefined,
    });
  });
});
