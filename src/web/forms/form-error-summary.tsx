// The error summary at the top of a form: every error as a link to its field. Designsystemet's
// <ds-error-summary> focuses itself when it appears; it is keyed by the attempt so a new attempt focuses again.
import { ErrorSummary } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import type { FieldError } from '../api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { fieldId, focusField } from './field-id.ts';

export function FormErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const t = useT();
  if (errors.length === 0) return null;
  const follow = (field: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus the field itself: following a fragment link alone scrolls but does not reliably move focus.
    if (focusField(field)) event.preventDefault();
  };
  return (
    <ErrorSummary key={attempt} className="kl-block">
      <ErrorSummary.Heading level={2}>{t('form.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e) => (
          <ErrorSummary.Item key={`${e.field}:${e.message}`}>
            <ErrorSummary.Link href={`#${fieldId(e.field)}`} onClick={follow(e.field)}>
              {e.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
