// A round (utlysning) as the saksbehandler enters it: office × scheme × year, its time window (Europe/Oslo local
// times), one case number per county, the budget frame, guidance and the link to the forum's long-term plan.
// One schema for the browser form and the server.
import { z } from 'zod';
import { zExpectedVersion, zBaseVersion } from '../shared/version.ts';
import { zOptionalText, zText } from '../shared/fields.ts';
import { zOptionalKroner } from '../shared/money.ts';
import { ZRoundCaseNumbers } from './case-number.ts';
import { ZRoundSchedule } from './round-status.ts';
import { zLocalDateTime } from './round-deadline.ts';

const zUrl = z
  .string()
  .trim()
  .max(1000, { message: 'Lenken kan ikke være lengre enn 1000 tegn' })
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https?:\/\/[^\s]+$/.test(v), { message: 'Lenken må begynne med https:// eller http://' });

export const ZRoundInput = z
  .object({
    officeId: zText('Embete', 50),
    schemeId: zText('Ordning', 50),
    year: z
      .number({ error: 'År må fylles ut' })
      .int({ message: 'År må være et årstall' })
      .min(2020, { message: 'År må være 2020 eller senere' })
      .max(2100, { message: 'År må være et årstall' }),
    title: zText('Tittel', 300),
    budgetFrameKr: zOptionalKroner('Budsjettramme'),
    guidance: zOptionalText('Veiledning', 20_000),
    longTermPlanUrl: zUrl,
    coordinatorAllowed: z.boolean({ error: 'Velg om det kan søkes om midler til koordinator' }),
    caseNumbers: ZRoundCaseNumbers,
  })
  .and(ZRoundSchedule);
export type TRoundInput = z.output<typeof ZRoundInput>;

export const ZRoundUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZRoundInput);

export const ZExtensionInput = z.object({
  partnershipId: z.uuid({ message: 'Velg partnerskap' }),
  untilLocal: zLocalDateTime('Ny frist'),
  reason: zText('Begrunnelse', 2000),
});

export const ZReturnInput = z.object({ message: zText('Melding til søkeren', 4000) });

export const ZCreateApplication = z.object({
  roundId: z.uuid({ message: 'Velg utlysning' }),
  partnershipId: z.uuid({ message: 'Velg partnerskap' }),
});

export const ZSaveField = z.object({
  value: z.unknown(),
  baseVersion: zBaseVersion,
});
