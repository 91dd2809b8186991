// Contact persons: people of an organisation, who may later be invited to log in.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZEmail, ZPhone, optionalField, zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

export const ZPersonInput = z.object({
  name: zText(msg('shared.label.name'), 200),
  email: ZEmail,
  phone: optionalField(ZPhone),
  title: zOptionalText(msg('shared.label.jobTitle'), 200),
  organisationId: z.uuid({ message: msg('org.chooseOrganisation') }),
});
export type TPersonInput = z.output<typeof ZPersonInput>;

export const ZPersonUpdate = z.object({ expectedVersion: zExpectedVersion }).and(ZPersonInput);
