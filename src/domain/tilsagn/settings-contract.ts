// The tilsagn module's API, part "settings" (issue 14 point 2): an organisation's recipient profile (how it receives
// state money, its written standard, a Sámi language), the office's list of the organisations in its partnerships
// with their profile or the defaults (what a case officer checks before issuing), and the office's letter settings
// (the written standard for neutral recipients, the appeal body, the days to accept). Answers list the verbs the
// actor has (`allowed`), so the UI offers only those.
import { z } from 'zod';
import { endpoint, ZIdParams } from '../shared/endpoint.ts';
import { RECIPIENT_PROFILE_VERBS, TILSAGN_VERBS } from './policy.ts';
import { OFFICE_WRITTEN_STANDARDS, RECEIPTS, RECIPIENT_ROLES, RECIPIENT_WRITTEN_STANDARDS, SAMI_LANGUAGES, ZRecipientProfileInput, ZTilsagnSettingInput } from './recipient.ts';

const ZOfficeParams = z.strictObject({ officeId: z.string() });
const ZProfileAllowed = z.array(z.enum(RECIPIENT_PROFILE_VERBS));

export const ZRecipientProfile = z.strictObject({
  organisationId: z.string(),
  organisationName: z.string(),
  /** The office whose area the organisation belongs to; null for a national body. */
  officeId: z.string().nullable(),
  receipt: z.enum(RECEIPTS),
  writtenStandard: z.enum(RECIPIENT_WRITTEN_STANDARDS),
  samiLanguage: z.enum(SAMI_LANGUAGES).nullable(),
  /** 0 while the organisation has no profile of its own (the defaults apply). */
  version: z.number(),
});
export type RecipientProfile = z.output<typeof ZRecipientProfile>;

export const ZOfficeRecipient = z.strictObject({
  ...ZRecipientProfile.shape,
  kind: z.string(),
  /** What it is in the office's partnerships: applicant (the letter's addressee), payee, owner, UH. */
  roles: z.array(z.enum(RECIPIENT_ROLES)),
  /** The language its letter is written in, were it the addressee: its own standard, or the office's choice. */
  letterLanguage: z.enum(['nb', 'nn']),
  allowed: ZProfileAllowed,
});
export type OfficeRecipient = z.output<typeof ZOfficeRecipient>;

export const ZTilsagnSettings = z.strictObject({
  officeId: z.string(),
  writtenStandard: z.enum(OFFICE_WRITTEN_STANDARDS),
  appealBody: z.string(),
  acceptanceDays: z.number(),
  /** 0 until first saved (the defaults apply). */
  version: z.number(),
});
export type TilsagnSettings = z.output<typeof ZTilsagnSettings>;

export const settingsContract = {
  listRecipientProfiles: endpoint({
    method: 'GET',
    path: '/api/tilsagn/offices/:officeId/recipients',
    summary: 'Organisasjonene i embetets partnerskap, med hvordan de mottar midler og målformen de skrives til på',
    access: 'embetets saksbehandlere, budsjettdisponenter, forum og lesere',
    params: ZOfficeParams,
    response: z.strictObject({ recipients: z.array(ZOfficeRecipient), allowed: ZProfileAllowed }),
  }),
  getRecipientProfile: endpoint({
    method: 'GET',
    path: '/api/tilsagn/organisations/:id/recipient-profile',
    summary: 'Hvordan en organisasjon mottar statlige midler, og målformen den skrives til på',
    access: 'saksbehandlere i organisasjonens embete, og embetets budsjettdisponenter, forum og lesere',
    params: ZIdParams,
    response: z.strictObject({ profile: ZRecipientProfile, allowed: ZProfileAllowed }),
  }),
  updateRecipientProfile: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/organisations/:id/recipient-profile',
    summary: 'Endrer hvordan en organisasjon mottar statlige midler, og målformen den skrives til på',
    access: 'saksbehandler i organisasjonens embete',
    params: ZIdParams,
    body: ZRecipientProfileInput,
    response: z.strictObject({ profile: ZRecipientProfile }),
  }),
  getTilsagnSettings: endpoint({
    method: 'GET',
    path: '/api/tilsagn/offices/:officeId/settings',
    summary: 'Embetets innstillinger for tilsagnsbrev (målform, klageinstans, frist for aksept)',
    access: 'embetets saksbehandlere, budsjettdisponenter, forum og lesere',
    params: ZOfficeParams,
    response: z.strictObject({ settings: ZTilsagnSettings, allowed: z.array(z.enum(TILSAGN_VERBS)) }),
  }),
  updateTilsagnSettings: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/offices/:officeId/settings',
    summary: 'Endrer embetets innstillinger for tilsagnsbrev',
    access: 'saksbehandler i embetet',
    params: ZOfficeParams,
    body: ZTilsagnSettingInput,
    response: z.strictObject({ settings: ZTilsagnSettings }),
  }),
} as const;
