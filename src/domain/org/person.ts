// Contact persons: people of an organisation, who may later be invited to log in.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZEmail, ZPhone, optionalField, zOptionalText, zText } from '../shared/fields.ts';

export const ZPersonInput = z.object({
  name: zText('Navn', 200),
  email: ZEmail,
  phone: optionalField(ZPhone),
  title: zOptionalText('Stilling', 200),
  organisationId: z.uuid({ message: 'Velg organisasjon' }),
});
export type TPersonInput = z.output<typeof ZPersonInput>;

export const ZPersonUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZPersonInput);
