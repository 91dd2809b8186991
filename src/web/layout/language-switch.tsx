// Language choice: a native select (keyboard and screen-reader friendly), each option marked with its own lang.
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/i18n-context.tsx';

export function LanguageSwitch() {
  const { t, language, languages, setLanguage } = useI18n();
  return (
    <Field className="kl-language" data-size="sm">
      <Label>{t('language.label')}</Label>
      <Select id="kl-language" value={language.code} onChange={(e) => setLanguage(e.target.value)} width="auto">
        {languages.map((l) => (
          <Select.Option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
