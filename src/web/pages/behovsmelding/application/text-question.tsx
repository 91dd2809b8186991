// A text question of the catalogue (`s1.tema` …): a textarea or a one-line input labelled with the question, saved
// as the user pauses or leaves it. Read-only: the text as paragraphs.
import { Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { textOf, textValue } from './field-values.ts';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { ReadOnlyValue, TextBlock } from './read-only-value.tsx';
import { useField } from './use-field.ts';
import { useCounter } from './use-counter.ts';

type Props = {
  fieldKey: string;
  /** One line (names, numbers, e-mail) instead of a textarea. */
  short?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  description?: ReactNode;
};

export function TextQuestion({ fieldKey, short = false, type = 'text', autoComplete, description }: Props) {
  const field = useField(fieldKey);
  const counter = useCounter(field.maxLength);
  const text = textOf(field.value);
  if (!field.editable)
    return (
      <ReadOnlyValue path={fieldKey} label={field.label}>
        {text.trim() && <TextBlock text={text} />}
      </ReadOnlyValue>
    );
  const shared = {
    id: fieldAnchorId(fieldKey),
    name: fieldKey,
    label: <QuestionLabel label={field.label} required={field.required} />,
    description,
    error: errorText(issuesAt(field.issues, fieldKey)),
    value: text,
    autoComplete,
    onBlur: field.commit,
    ...counter,
  };
  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, fieldKey, [fieldKey]).concat(issuesAt(field.issues, fieldKey).filter((i) => i.severity === 'warning'))}>
      {short ? (
        <Textfield {...shared} type={type} onChange={(e) => field.set(textValue(e.target.value))} />
      ) : (
        <Textfield {...shared} multiline className="bm-long" onChange={(e) => field.set(textValue(e.target.value))} />
      )}
    </FieldShell>
  );
}
