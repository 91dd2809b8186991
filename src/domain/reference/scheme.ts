// The editable parts of a grant scheme. Schemes are configuration, so an admin changes rules here, not in code.
import { z } from 'zod';
import { zOptionalText, zText } from '../shared/fields.ts';
import { ZSchemeRules } from './scheme-rules.ts';

export const ZSchemeUpdate = z.object({
  name: zText('Navn', 200),
  shortName: zText('Kortnavn', 60),
  description: zOptionalText('Beskrivelse', 2000),
  active: z.boolean({ error: 'Velg om ordningen er aktiv' }),
  rules: ZSchemeRules,
  expectedVersion: z.number().int().positive(),
});
export type TSchemeUpdate = z.output<typeof ZSchemeUpdate>;
