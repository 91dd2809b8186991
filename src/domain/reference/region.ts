// Regions: the municipalities an RSK (regional cooperation) covers. Edited in the app, not in code;
// a region may span offices (Sør-Troms includes Evenes in Nordland), so municipalities are not tied to the office.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZKommunenummer, zOptionalText, zText } from '../shared/fields.ts';

export const ZRegionInput = z.object({
  name: zText('Navn', 200),
  officeId: z.string({ error: 'Velg statsforvalterembete' }).trim().min(1, { message: 'Velg statsforvalterembete' }),
  description: zOptionalText('Beskrivelse', 2000),
  municipalityNumbers: z
    .array(ZKommunenummer, { error: 'Velg kommunene i regionen' })
    .min(1, { message: 'Velg minst én kommune' })
    .max(400, { message: 'For mange kommuner (maks 400)' }),
});
export type TRegionInput = z.output<typeof ZRegionInput>;
export type TRegionForm = z.input<typeof ZRegionInput>;

export const ZRegionUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZRegionInput);
