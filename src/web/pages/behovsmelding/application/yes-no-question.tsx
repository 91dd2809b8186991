// A yes/no question (4.3 "laget i partnerskap"): two radio buttons in a fieldset; the arrow keys move between them.
import { Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { boolOf } from './field-values.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { ReadOnlyValue } from './read-only-value.tsx';
import { useField } from './use-field.ts';

export function YesNoQuestion({ fieldKey }: { fieldKey: string }) {
  const t = useT();
  const field = useField(fieldKey);
  const value = boolOf(field.value);
  if (!field.editable)
    return (
      <ReadOnlyValue path={fieldKey} label={field.label}>
        {value !== null && <Paragraph>{t(value ? 'common.yes' : 'common.no')}</Paragraph>}
      </ReadOnlyValue>
    );
  const invalid = field.issues.some((i) => i.severity === 'error') || undefined;
  const choose = (v: boolean) => {
    field.set(v);
    field.commit();
  };
  return (
    <FieldShell field={field} rest={field.issues}>
      <Fieldset id={fieldAnchorId(fieldKey)}>
        <Fieldset.Legend>
          <QuestionLabel label={field.label} required={field.required} />
        </Fieldset.Legend>
        <Radio name={fieldKey} value="ja" label={t('common.yes')} checked={value === true} aria-invalid={invalid} onChange={() => choose(true)} />
        <Radio name={fieldKey} value="nei" label={t('common.no')} checked={value === false} aria-invalid={invalid} onChange={() => choose(false)} />
      </Fieldset>
    </FieldShell>
  );
}
