// The form's questions in the reader's language (issue 12, point 11). Messages name a field the same way:
// fieldNameMsg (application-fields.ts) gives its name in every language as a message parameter, which the message
// renderer says in the reader's language, on the server and in the browser alike.
import { fieldDef } from '../../../../domain/behovsmelding/application-fields.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';

/** A field's question as the form labels it, with its number, in the reader's language (`say`: useLocalize()); the
 * key itself for a key the catalogue does not know. */
export function questionLabel(key: string, say: (text: LocalizedText) => string): string {
  const def = fieldDef(key);
  return def ? say(def.labels) : key;
}
