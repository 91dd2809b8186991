// The editable parts of a grant scheme. Schemes are configuration, so an admin changes rules here, not in code.
// Name and description are content shown to applicants, so they carry a text per language (Bokmål required).
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { zText } from '../shared/fields.ts';
import { zLocalizedText, zOptionalLocalizedText } from '../shared/localized-text.ts';
import { ZSchemeRules } from './scheme-rules.ts';

export const ZSchemeUpdate = z.object({
  name: zLocalizedText('Navn', 200),
  // The short name is an abbreviation used the same way in every language (Dekomp, Rekomp), so it stays one string.
  shortName: zText('Kortnavn', 60),
  description: zOptionalLocalizedText('Beskrivelse', 2000),
  active: z.boolean({ error: 'Velg om ordningen er aktiv' }),
  rules: ZSchemeRules,
  expectedVersion: zExpectedVersion,
});
export type TSchemeUpdate = z.output<typeof ZSchemeUpdate>;
