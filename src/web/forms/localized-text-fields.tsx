// A content text (a scheme's name, later form guidance and questions) edited as one field per UI language:
// Bokmål first (required when the text is), the others optional, since an empty one shows Bokmål. The languages
// come from the message files, so a new language file adds its field without code changes. A text in a language
// that has no message file is not shown but kept, as `value` is passed on whole.
import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { contentLanguages } from '../i18n/content-text.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { fieldId } from './field-id.ts';
import { TextField } from './fields.tsx';

type Props = {
  /** The field's path as the server names it: "name" gives inputs "name.nb", "name.nn" … */
  name: string;
  label: string;
  value: Record<string, string>;
  onChange: (value: Record<string, string>) => void;
  errorFor: (field: string) => string | undefined;
  required?: boolean;
  multiline?: boolean;
};

export function LocalizedTextFields({ name, label, value, onChange, errorFor, required = false, multiline }: Props) {
  const { t, languages } = useI18n();
  // An error on the text as a whole (not one language), e.g. a missing text; its summary link lands on the group.
  const whole = errorFor(name);
  return (
    <Fieldset id={fieldId(name)}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      <Fieldset.Description>{t(required ? 'form.localizedRequiredHelp' : 'form.localizedOptionalHelp')}</Fieldset.Description>
      {contentLanguages(languages).map((l) => (
        <TextField
          key={l.code}
          name={`${name}.${l.code}`}
          label={t('form.textInLanguage', { field: label, language: l.name })}
          lang={l.htmlLang}
          required={required && l.reference}
          multiline={multiline}
          value={value[l.code] ?? ''}
          error={errorFor(`${name}.${l.code}`)}
          onChange={(v) => onChange({ ...value, [l.code]: v })}
        />
      ))}
      {whole && <ValidationMessage>{whole}</ValidationMessage>}
    </Fieldset>
  );
}
