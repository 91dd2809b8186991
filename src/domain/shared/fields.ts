// Field schemas shared by browser and server: one definition of what a valid orgnr, kontonr, phone or e-mail is,
// with the message the user sees (a message token, ADR 019). Input is normalised (spaces and dots removed) before it is checked.
import { z } from 'zod';
import { isValidKontonr, isValidOrgnr } from './mod11.ts';
import { msg } from './message-keys.ts';

const stripSeparators = (v: string) => v.replace(/[\s.\u00a0\u202f-]/g, '');

export const ZOrgnr = z
  .string({ error: msg('shared.orgnrRequired') })
  .transform(stripSeparators)
  .refine((v) => /^\d{9}$/.test(v), { message: msg('shared.orgnrDigits'), abort: true })
  .refine(isValidOrgnr, { message: msg('shared.orgnrInvalid') });

export const ZKontonr = z
  .string({ error: msg('shared.kontonrRequired') })
  .transform(stripSeparators)
  .refine((v) => /^\d{11}$/.test(v), { message: msg('shared.kontonrDigits'), abort: true })
  .refine(isValidKontonr, { message: msg('shared.kontonrInvalid') });

/** Norwegian phone numbers: 8 digits, optionally with +47 or 0047 in front. Stored as 8 digits. */
export const ZPhone = z
  .string({ error: msg('shared.phoneRequired') })
  .transform((v) => stripSeparators(v).replace(/^(\+47|0047)/, ''))
  .refine((v) => /^[2-9]\d{7}$/.test(v), { message: msg('shared.phoneInvalid') });

export const ZEmail = z
  .string({ error: msg('shared.emailRequired') })
  .trim()
  .max(254, { message: msg('shared.emailTooLong') })
  .pipe(z.email({ message: msg('shared.emailInvalid') }))
  .transform((v) => v.toLowerCase());

export const ZKommunenummer = z
  .string({ error: msg('shared.kommunenummerRequired') })
  .trim()
  .regex(/^\d{4}$/, { message: msg('shared.kommunenummerDigits') });

/** Required single-line text with a message naming the field. `label`: the field's name, best as a message token
 * (msg('org.label.name')) so it is said in the reader's language too. */
export function zText(label: string, max = 200) {
  return z
    .string({ error: msg('shared.required', { label }) })
    .trim()
    .min(1, { message: msg('shared.required', { label }) })
    .max(max, { message: msg('shared.tooLong', { label, max }) });
}

/** Optional text: empty strings become null so the database holds NULL, not ''. */
export function zOptionalText(label: string, max = 2000) {
  return z
    .string()
    .trim()
    .max(max, { message: msg('shared.tooLong', { label, max }) })
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Makes an optional variant of a field schema where a missing value, '' and null all mean "not given" (null). */
export function optionalField<T extends z.ZodType<string, string>>(schema: T) {
  return z
    .preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional())
    .optional()
    .transform((v) => (v === undefined ? null : (v as z.output<T>)));
}

export const ZUuid = z.uuid({ message: msg('shared.invalidId') });

export function formatOrgnr(v: string): string {
  return v.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

export function formatKontonr(v: string): string {
  return v.replace(/^(\d{4})(\d{2})(\d{5})$/, '$1 $2 $3');
}

export function formatPhone(v: string): string {
  return v.replace(/^(\d{3})(\d{2})(\d{3})$/, '$1 $2 $3');
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids in URLs are untrusted: a malformed one is simply "not found", never a database error. */
export const isUuid = (v: string) => UUID_RE.test(v);
