// Kartverket's two divisions the platform knows, and the attribution its licence asks for wherever data is shown.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

export const DIVISIONS = [2024, 2020] as const;
export type Division = (typeof DIVISIONS)[number];

export const KARTVERKET_ATTRIBUTION = 'Kartgrunnlag: Kartverket (CC BY 4.0)';

/** `?division=` from a query string: missing means the current (2024) division. */
export const ZDivision = z
  .union([z.literal('2024'), z.literal('2020')], { error: msg('reference.divisionInvalid') })
  .optional()
  .transform((v): Division => (v === '2020' ? 2020 : 2024));

export const ZMunicipalityQuery = z.object({
  division: ZDivision,
  county: z
    .string()
    .trim()
    .regex(/^\d{2}$/, { message: msg('reference.countyDigits') })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  q: z.string().trim().max(100, { message: msg('reference.searchTooLong') }).optional(),
});

export const ZCountyQuery = z.object({ division: ZDivision });
