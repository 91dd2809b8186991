// How an organisation receives state money and which written standard it is written to in (issue 14 point 2,
// ADR 026), and the office's choices for its letters. A state UH is part of the state: its share is transferred
// through the office's budget arrangements (statlig overføring) — no acceptance, no appeal notice. A state body writes
// to a municipality in the written standard the municipality has chosen (språklova § 15); one that has chosen none
// ("nøytral") gets the office's own choice. A Sámi language is an extra copy, never the decision (sameloven § 3-3).
//
// One schema for the browser form and the server; the rules below are pure: rows (or their absence) in, choices out.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { zExpectedVersion } from '../shared/version.ts';
import { SAMI_LETTER_LANGUAGES } from './letter-input.ts';

export const RECEIPTS = ['utbetaling', 'statlig-overforing'] as const;
export type TReceipt = (typeof RECEIPTS)[number];
export const RECIPIENT_WRITTEN_STANDARDS = ['bokmal', 'nynorsk', 'noytral'] as const;
export type TRecipientWrittenStandard = (typeof RECIPIENT_WRITTEN_STANDARDS)[number];
/** The office writes in one of the two standards; neutral is only a recipient's answer. */
export const OFFICE_WRITTEN_STANDARDS = ['bokmal', 'nynorsk'] as const;
export type TOfficeWrittenStandard = (typeof OFFICE_WRITTEN_STANDARDS)[number];
export const SAMI_LANGUAGES = SAMI_LETTER_LANGUAGES;
export type TSamiLanguage = (typeof SAMI_LANGUAGES)[number];

/** What an organisation is in an office's partnerships: the applicant (a letter's addressee), the payee of the
 * owners' share, an owner, a UH. */
export const RECIPIENT_ROLES = ['applicant', 'payee', 'owner', 'uh'] as const;
export type TRecipientRole = (typeof RECIPIENT_ROLES)[number];

export const ACCEPTANCE_DAYS_MIN = 1;
export const ACCEPTANCE_DAYS_MAX = 90;
export const APPEAL_BODY_MAX = 200;

export type TRecipientProfile = { receipt: TReceipt; writtenStandard: TRecipientWrittenStandard; samiLanguage: TSamiLanguage | null };
export type TTilsagnSetting = { writtenStandard: TOfficeWrittenStandard; appealBody: string; acceptanceDays: number };

/** No row: paid out, and written to in the office's choice (the table's defaults, ADR 026). */
export const DEFAULT_RECIPIENT_PROFILE: TRecipientProfile = { receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: null };
/** No row: Bokmål, appeals to Utdanningsdirektoratet (the scheme owner), three weeks to accept. */
export const DEFAULT_TILSAGN_SETTING: TTilsagnSetting = { writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 21 };

export const ZRecipientProfileInput = z.object({
  receipt: z.enum(RECEIPTS, { message: msg('tilsagn.recipient.receiptInvalid', { label: msg('tilsagn.label.receipt') }) }),
  writtenStandard: z.enum(RECIPIENT_WRITTEN_STANDARDS, { message: msg('tilsagn.recipient.writtenStandardInvalid', { label: msg('tilsagn.label.writtenStandard') }) }),
  /** Absent or null: writes in no Sámi language. */
  samiLanguage: z
    .enum(SAMI_LANGUAGES, { message: msg('tilsagn.recipient.samiLanguageInvalid', { label: msg('tilsagn.label.samiLanguage') }) })
    .nullish()
    .transform((v) => v ?? null),
  /** Absent on the first save (no profile row yet). */
  expectedVersion: zExpectedVersion.optional(),
});
export type TRecipientProfileInput = z.output<typeof ZRecipientProfileInput>;

const ACCEPTANCE_DAYS_MESSAGE = msg('tilsagn.settings.acceptanceDaysInvalid', { label: msg('tilsagn.label.acceptanceDays'), min: ACCEPTANCE_DAYS_MIN, max: ACCEPTANCE_DAYS_MAX });
export const ZTilsagnSettingInput = z.object({
  writtenStandard: z.enum(OFFICE_WRITTEN_STANDARDS, { message: msg('tilsagn.settings.writtenStandardInvalid', { label: msg('tilsagn.label.officeWrittenStandard') }) }),
  appealBody: zText(msg('tilsagn.label.appealBody'), APPEAL_BODY_MAX),
  acceptanceDays: z
    .number({ error: ACCEPTANCE_DAYS_MESSAGE })
    .int({ message: ACCEPTANCE_DAYS_MESSAGE })
    .min(ACCEPTANCE_DAYS_MIN, { message: ACCEPTANCE_DAYS_MESSAGE })
    .max(ACCEPTANCE_DAYS_MAX, { message: ACCEPTANCE_DAYS_MESSAGE }),
  /** Absent on the first save (no settings row yet). */
  expectedVersion: zExpectedVersion.optional(),
});
export type TTilsagnSettingInput = z.output<typeof ZTilsagnSettingInput>;

/** A stored row as the rules read it; values outside the lists (none are written, but the columns are text) fall back
 * to the default rather than being trusted. */
export function recipientProfileOf(row: { receipt: string; writtenStandard: string; samiLanguage: string | null } | null | undefined): TRecipientProfile {
  if (!row) return DEFAULT_RECIPIENT_PROFILE;
  return {
    receipt: (RECEIPTS as readonly string[]).includes(row.receipt) ? (row.receipt as TReceipt) : DEFAULT_RECIPIENT_PROFILE.receipt,
    writtenStandard: (RECIPIENT_WRITTEN_STANDARDS as readonly string[]).includes(row.writtenStandard)
      ? (row.writtenStandard as TRecipientWrittenStandard)
      : DEFAULT_RECIPIENT_PROFILE.writtenStandard,
    samiLanguage: row.samiLanguage !== null && (SAMI_LANGUAGES as readonly string[]).includes(row.samiLanguage) ? (row.samiLanguage as TSamiLanguage) : null,
  };
}

export function tilsagnSettingOf(row: { writtenStandard: string; appealBody: string; acceptanceDays: number } | null | undefined): TTilsagnSetting {
  if (!row) return DEFAULT_TILSAGN_SETTING;
  return {
    writtenStandard: row.writtenStandard === 'nynorsk' ? 'nynorsk' : 'bokmal',
    appealBody: row.appealBody.trim() || DEFAULT_TILSAGN_SETTING.appealBody,
    acceptanceDays: row.acceptanceDays,
  };
}

/**
 * The language of the letter to this addressee: its own written standard, or the office's choice when it chose
 * none (neutral) or has no profile; the office's default (Bokmål) when the office has set nothing either.
 */
export function letterLanguage(profile: TRecipientProfile | null, setting: TTilsagnSetting | null): 'nb' | 'nn' {
  const standard = profile?.writtenStandard ?? DEFAULT_RECIPIENT_PROFILE.writtenStandard;
  if (standard === 'bokmal') return 'nb';
  if (standard === 'nynorsk') return 'nn';
  return (setting ?? DEFAULT_TILSAGN_SETTING).writtenStandard === 'nynorsk' ? 'nn' : 'nb';
}

/** The Sámi language the addressee gets a copy in (when a reviewed translation of the template exists), or null. */
export function samiCopyLanguage(profile: TRecipientProfile | null): TSamiLanguage | null {
  return profile?.samiLanguage ?? null;
}

/** A state UH: its share is transferred, not paid out — no acceptance, no appeal notice, listed apart. */
export function receivesByTransfer(profile: TRecipientProfile | null): boolean {
  return (profile ?? DEFAULT_RECIPIENT_PROFILE).receipt === 'statlig-overforing';
}
