// Section 5's counts of a part (schools, kindergartens, …) with their breakdown per municipality, e.g. 18 municipal
// schools = Kvæfjord 2 + Harstad 11 + Ibestad 1 + Gratangen 1 + Tjeldsund 3. The sum check is in budget-checks.ts.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';

export const UNIT_COUNT_KEYS = [
  'kommunaleGrunnskoler',
  'privateGrunnskoler',
  'fylkeskommunaleVgs',
  'privateVgs',
  'laerebedrifter',
  'kommunaleBarnehager',
  'privateBarnehager',
] as const;
export type TUnitCountKey = (typeof UNIT_COUNT_KEYS)[number];

/** As the messages name them: "… men totalen er 27 kommunale barnehager". */
export const UNIT_COUNT_LABELS: Record<TUnitCountKey, string> = {
  kommunaleGrunnskoler: 'kommunale grunnskoler',
  privateGrunnskoler: 'private grunnskoler',
  fylkeskommunaleVgs: 'fylkeskommunale videregående skoler',
  privateVgs: 'private eller statlige videregående skoler',
  laerebedrifter: 'lærebedrifter',
  kommunaleBarnehager: 'kommunale barnehager',
  privateBarnehager: 'private barnehager',
};

const zCount = (label: string) =>
  z.number({ error: `${label} må fylles ut` }).int({ message: `${label} må være et helt tall` }).min(0, { message: `${label} kan ikke være negativt` }).max(100_000, { message: `${label} er for stort` });

export const ZUnitCount = z.object({
  total: zCount('Antall'),
  /** Empty when the applicant gives only the total (e.g. "Ingen", or "1" private school). */
  byMunicipality: z
    .array(z.object({ municipality: zText('Kommune', 100), count: zCount('Antall') }))
    .max(100)
    .default([]),
});
export type TUnitCount = z.output<typeof ZUnitCount>;

export const ZUnitCounts = z.partialRecord(z.enum(UNIT_COUNT_KEYS), ZUnitCount).default({});
export type TUnitCounts = z.output<typeof ZUnitCounts>;
