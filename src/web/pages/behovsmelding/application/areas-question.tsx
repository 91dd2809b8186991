// 1.5 Which areas the measure belongs to: checkboxes (Tab between them, Space to tick), named in the reader's language.
import { Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { AREA_KEYS, AREA_LABELS } from '../../../../domain/behovsmelding/application-fields.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { areasOf } from './field-values.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { useLocalize } from '../../../i18n/i18n-context.tsx';
import { ReadOnlyValue } from './read-only-value.tsx';
import { useField } from './use-field.ts';

export function AreasQuestion() {
  const localize = useLocalize();
  const field = useField('s1.omrader');
  const selected = areasOf(field.value);
  if (!field.editable)
    return (
      <ReadOnlyValue path={field.key} label={field.label}>
        {selected.length > 0 && <Paragraph>{selected.map((a) => localize(AREA_LABELS[a])).join(', ')}</Paragraph>}
      </ReadOnlyValue>
    );
  const toggle = (area: (typeof AREA_KEYS)[number], on: boolean) => field.set(AREA_KEYS.filter((a) => (a === area ? on : selected.includes(a))));
  return (
    <FieldShell field={field} rest={field.issues}>
      <Fieldset id={fieldAnchorId(field.key)}>
        <Fieldset.Legend>
          <QuestionLabel label={field.label} required={field.required} />
        </Fieldset.Legend>
        {AREA_KEYS.map((area) => (
          <Checkbox
            key={area}
            label={localize(AREA_LABELS[area])}
            value={area}
            checked={selected.includes(area)}
            aria-invalid={field.issues.some((i) => i.severity === 'error') || undefined}
            onChange={(e) => toggle(area, e.target.checked)}
            onBlur={field.commit}
          />
        ))}
      </Fieldset>
    </FieldShell>
  );
}
