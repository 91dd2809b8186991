// Form state of the office's letter settings and of one organisation's recipient profile (issue 14 point 2), and
// their conversion to the bodies of PUT …/offices/:officeId/settings and PUT …/organisations/:id/recipient-profile.
// The shared schemas (src/domain/tilsagn/recipient.ts) check them in the browser as on the server. Version 0 means
// "never saved, the defaults apply": the first save names no version, as the server expects.
import type { OfficeRecipient, TilsagnSettings } from '../../../domain/tilsagn/settings-contract.ts';

export type SettingsFormValues = { writtenStandard: string; appealBody: string; acceptanceDays: string };

export const settingsValues = (s: TilsagnSettings): SettingsFormValues => ({
  writtenStandard: s.writtenStandard,
  appealBody: s.appealBody,
  acceptanceDays: String(s.acceptanceDays),
});

const versionOf = (version: number) => (version > 0 ? version : undefined);

/** Text that is not a whole number stays text, so the shared schema words the complaint (with its limits). */
function wholeNumberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d{1,9}$/.test(t) ? Number(t) : t;
}

export function settingsFormBody(v: SettingsFormValues, version: number) {
  return { writtenStandard: v.writtenStandard, appealBody: v.appealBody, acceptanceDays: wholeNumberOrText(v.acceptanceDays), expectedVersion: versionOf(version) };
}

/** The Sámi language as the select holds it: '' for none. */
export type RecipientFormValues = { receipt: string; writtenStandard: string; samiLanguage: string };

export const recipientValues = (r: OfficeRecipient): RecipientFormValues => ({ receipt: r.receipt, writtenStandard: r.writtenStandard, samiLanguage: r.samiLanguage ?? '' });

export function recipientFormBody(v: RecipientFormValues, version: number) {
  return { receipt: v.receipt, writtenStandard: v.writtenStandard, samiLanguage: v.samiLanguage === '' ? null : v.samiLanguage, expectedVersion: versionOf(version) };
}
