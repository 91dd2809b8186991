// The editable parts of a grant scheme. Schemes are configuration, so an admin changes rules here, not in code.
// Name and description are content shown to applicants, so they carry a text per language (Bokmål required).
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { zText } from '../shared/fields.ts';
import { zLocalizedText, zOptionalLocalizedText } from '../shared/localized-text.ts';
import { msg } from '../shared/message-keys.ts';
import { ZSchemeRules } from './scheme-rules.ts';

export const ZSchemeUpdate = z.object({
  name: zLocalizedText(msg('reference.label.name'), 200),
  // The short name is an abbreviation used the same way in every language (Dekomp, Rekomp), so it stays one string.
  shortName: zText(msg('reference.label.shortName'), 60),
  description: zOptionalLocalizedText(msg('reference.label.description'), 2000),
  active: z.boolean({ error: msg('reference.chooseActive') }),
  rules: ZSchemeRules,
  expectedVersion: zExpectedVersion,
});
export type TSchemeUpdate = z.output<typeof ZSchemeUpdate>;
