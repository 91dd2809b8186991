// One field of the form as an editor needs it: its value, edit and leave (autosave), its issues and co-editing state.
import { fieldDef } from '../../../../domain/behovsmelding/application-fields.ts';
import type { TApplicationIssue } from '../../../../domain/behovsmelding/validate-application.ts';
import type { FieldEntry } from '../../../forms/co-editing/fields-reducer.ts';
import { useLocalize } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { questionLabel } from './field-names.ts';
import { visible } from './issues.ts';

export type FieldHandle = {
  key: string;
  /** The question in the reader's language (the catalogue's; TFieldDef.label is the Bokmål one documents use). */
  label: string;
  required: boolean;
  /** Text fields: the most characters the server takes (the catalogue's limit). */
  maxLength: number | undefined;
  value: unknown;
  editable: boolean;
  entry: FieldEntry | undefined;
  /** The field's issues (all paths under it) the user should see now. */
  issues: TApplicationIssue[];
  set: (value: unknown) => void;
  /** Call on blur of any of the field's inputs. */
  commit: () => void;
};

export function useField(key: string): FieldHandle {
  const form = useApplicationForm();
  const localize = useLocalize();
  const def = fieldDef(key);
  const issues = visible(
    form.validation.issues.filter((i) => i.fieldKey === key),
    form.showRequired(key),
  );
  return {
    key,
    label: questionLabel(key, localize),
    required: def?.required ?? false,
    maxLength: def?.maxLength,
    value: form.fields.values[key] ?? null,
    editable: form.editable,
    entry: form.fields.entry(key),
    issues,
    set: (value) => form.fields.setValue(key, value),
    commit: () => {
      form.touch(key);
      form.fields.commit(key);
    },
  };
}
