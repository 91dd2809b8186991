// Section 5's counts of a part (schools, kindergartens, …) with their breakdown per municipality, e.g. 18 municipal
// schools = Kvæfjord 2 + Harstad 11 + Ibestad 1 + Gratangen 1 + Tjeldsund 3. The sum check is in budget-checks.ts.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

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

/** As the documents name them (Bokmål; capitalised in the section 5 table). */
export const UNIT_COUNT_LABELS: Record<TUnitCountKey, string> = {
  kommunaleGrunnskoler: 'kommunale grunnskoler',
  privateGrunnskoler: 'private grunnskoler',
  fylkeskommunaleVgs: 'fylkeskommunale videregående skoler',
  privateVgs: 'private eller statlige videregående skoler',
  laerebedrifter: 'lærebedrifter',
  kommunaleBarnehager: 'kommunale barnehager',
  privateBarnehager: 'private barnehager',
};

/** The same kinds as message tokens: "… men totalen er 27 kommunale barnehager" in the reader's language. */
export const UNIT_COUNT_MESSAGE_LABELS: Record<TUnitCountKey, string> = {
  kommunaleGrunnskoler: msg('behovsmelding.unit.kommunaleGrunnskoler'),
  privateGrunnskoler: msg('behovsmelding.unit.privateGrunnskoler'),
  fylkeskommunaleVgs: msg('behovsmelding.unit.fylkeskommunaleVgs'),
  privateVgs: msg('behovsmelding.unit.privateVgs'),
  laerebedrifter: msg('behovsmelding.unit.laerebedrifter'),
  kommunaleBarnehager: msg('behovsmelding.unit.kommunaleBarnehager'),
  privateBarnehager: msg('behovsmelding.unit.privateBarnehager'),
};

const zCount = (label: string) =>
  z
    .number({ error: msg('shared.required', { label }) })
    .int({ message: msg('behovsmelding.notInteger', { label }) })
    .min(0, { message: msg('shared.notNegative', { label }) })
    .max(100_000, { message: msg('shared.amountTooLarge', { label }) });

const COUNT = msg('behovsmelding.label.count');

export const ZUnitCount = z.object({
  total: zCount(COUNT),
  /** Empty when the applicant gives only the total (e.g. "Ingen", or "1" private school). */
  byMunicipality: z
    .array(z.object({ municipality: zText(msg('behovsmelding.label.municipality'), 100), count: zCount(COUNT) }))
    .max(100)
    .default([]),
});
export type TUnitCount = z.output<typeof ZUnitCount>;

export const ZUnitCounts = z.partialRecord(z.enum(UNIT_COUNT_KEYS), ZUnitCount).default({});
export type TUnitCounts = z.output<typeof ZUnitCounts>;
