// The recipient rules (issue 14 point 2): a letter in the addressee's own written standard, the office's choice for a
// neutral one or one without a profile, Bokmål when neither has chosen; a Sámi copy only on request; state UH by
// transfer; and the input schemas' Norwegian messages naming the field.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import {
  DEFAULT_RECIPIENT_PROFILE,
  DEFAULT_TILSAGN_SETTING,
  letterLanguage,
  receivesByTransfer,
  recipientProfileOf,
  samiCopyLanguage,
  tilsagnSettingOf,
  ZRecipientProfileInput,
  ZTilsagnSettingInput,
  type TRecipientProfile,
  type TTilsagnSetting,
} from './recipient.ts';

const profile = (p: Partial<TRecipientProfile>): TRecipientProfile => ({ ...DEFAULT_RECIPIENT_PROFILE, ...p });
const setting = (s: Partial<TTilsagnSetting>): TTilsagnSetting => ({ ...DEFAULT_TILSAGN_SETTING, ...s });
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({ field: i.path.join('.'), message: renderNb(i.message) }));

describe('letterLanguage', () => {
  it('writes in the standard the addressee chose, whatever the office chose', () => {
    expect(letterLanguage(profile({ writtenStandard: 'nynorsk' }), setting({ writtenStandard: 'bokmal' }))).toBe('nn');
    expect(letterLanguage(profile({ writtenStandard: 'bokmal' }), setting({ writtenStandard: 'nynorsk' }))).toBe('nb');
  });

  it('gives a neutral addressee, and one without a profile, the office’s choice', () => {
    expect(letterLanguage(profile({ writtenStandard: 'noytral' }), setting({ writtenStandard: 'nynorsk' }))).toBe('nn');
    expect(letterLanguage(null, setting({ writtenStandard: 'nynorsk' }))).toBe('nn');
    expect(letterLanguage(profile({ writtenStandard: 'noytral' }), setting({ writtenStandard: 'bokmal' }))).toBe('nb');
  });

  it('falls back to Bokmål when neither the addressee nor the office has chosen', () => {
    expect(letterLanguage(null, null)).toBe('nb');
    expect(letterLanguage(profile({}), null)).toBe('nb');
    expect(letterLanguage(profile({ writtenStandard: 'nynorsk' }), null)).toBe('nn');
  });
});

describe('samiCopyLanguage and receivesByTransfer', () => {
  it('gives a Sámi copy only to one who writes in or asked for a Sámi language', () => {
    expect(samiCopyLanguage(profile({ samiLanguage: 'se' }))).toBe('se');
    expect(samiCopyLanguage(profile({ samiLanguage: 'sma' }))).toBe('sma');
    expect(samiCopyLanguage(profile({}))).toBeNull();
    expect(samiCopyLanguage(null)).toBeNull();
  });

  it('transfers to a state UH only; no profile means paid out', () => {
    expect(receivesByTransfer(profile({ receipt: 'statlig-overforing' }))).toBe(true);
    expect(receivesByTransfer(profile({ receipt: 'utbetaling' }))).toBe(false);
    expect(receivesByTransfer(null)).toBe(false);
  });
});

describe('stored rows', () => {
  it('read as the defaults when absent, and never trust a value outside the lists', () => {
    expect(recipientProfileOf(undefined)).toEqual({ receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: null });
    expect(recipientProfileOf({ receipt: 'kontant', writtenStandard: 'latin', samiLanguage: 'fi' })).toEqual(DEFAULT_RECIPIENT_PROFILE);
    expect(recipientProfileOf({ receipt: 'statlig-overforing', writtenStandard: 'nynorsk', samiLanguage: 'smj' })).toEqual({ receipt: 'statlig-overforing', writtenStandard: 'nynorsk', samiLanguage: 'smj' });
    expect(tilsagnSettingOf(null)).toEqual({ writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 21 });
    expect(tilsagnSettingOf({ writtenStandard: 'nynorsk', appealBody: 'Kunnskapsdepartementet', acceptanceDays: 30 })).toEqual({ writtenStandard: 'nynorsk', appealBody: 'Kunnskapsdepartementet', acceptanceDays: 30 });
  });
});

describe('the input schemas', () => {
  it('take a profile with no Sámi language as null', () => {
    expect(ZRecipientProfileInput.parse({ receipt: 'utbetaling', writtenStandard: 'nynorsk' })).toEqual({ receipt: 'utbetaling', writtenStandard: 'nynorsk', samiLanguage: null });
  });

  it('refuse a bad profile with a Norwegian message naming each field', () => {
    expect(messages(ZRecipientProfileInput.safeParse({ receipt: 'kontant', writtenStandard: 'latin', samiLanguage: 'fi' }))).toEqual([
      { field: 'receipt', message: 'Mottak av midler: velg utbetaling eller statlig overføring' },
      { field: 'writtenStandard', message: 'Målform: velg bokmål, nynorsk eller nøytral' },
      { field: 'samiLanguage', message: 'Samisk språk: velg nordsamisk, lulesamisk, sørsamisk eller ingen' },
    ]);
  });

  it('refuse bad settings: the office writes in bokmål or nynorsk, an appeal body, 1–90 days', () => {
    expect(messages(ZTilsagnSettingInput.safeParse({ writtenStandard: 'noytral', appealBody: ' ', acceptanceDays: 91 }))).toEqual([
      { field: 'writtenStandard', message: 'Målform for mottakere uten eget valg: velg bokmål eller nynorsk' },
      { field: 'appealBody', message: 'Klageinstans må fylles ut' },
      { field: 'acceptanceDays', message: 'Frist for aksept må være et helt antall dager fra 1 til 90' },
    ]);
    expect(messages(ZTilsagnSettingInput.safeParse({ writtenStandard: 'bokmal', appealBody: 'x'.repeat(201), acceptanceDays: 0 }))).toEqual([
      { field: 'appealBody', message: 'Klageinstans kan ikke være lengre enn 200 tegn' },
      { field: 'acceptanceDays', message: 'Frist for aksept må være et helt antall dager fra 1 til 90' },
    ]);
    expect(ZTilsagnSettingInput.safeParse({ writtenStandard: 'nynorsk', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 1 }).success).toBe(true);
    expect(ZTilsagnSettingInput.safeParse({ writtenStandard: 'nynorsk', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 2.5 }).success).toBe(false);
  });
});
