// Regions: the municipalities an RSK (regional cooperation) covers. Edited in the app, not in code;
// a region may span offices (Sør-Troms includes Evenes in Nordland), so municipalities are not tied to the office.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZKommunenummer, zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

export const ZRegionInput = z.object({
  name: zText(msg('reference.label.name'), 200),
  officeId: z.string({ error: msg('reference.chooseOffice') }).trim().min(1, { message: msg('reference.chooseOffice') }),
  description: zOptionalText(msg('reference.label.description'), 2000),
  municipalityNumbers: z
    .array(ZKommunenummer, { error: msg('reference.chooseMunicipalities') })
    .min(1, { message: msg('reference.atLeastOneMunicipality') })
    .max(400, { message: msg('reference.tooManyMunicipalities') }),
});
export type TRegionInput = z.output<typeof ZRegionInput>;
export type TRegionForm = z.input<typeof ZRegionInput>;

export const ZRegionUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZRegionInput);
