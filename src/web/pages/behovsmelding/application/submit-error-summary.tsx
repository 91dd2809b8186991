// What the server refused on submit (400): each error as a link to where it is fixed, in Designsystemet's error
// summary (which takes focus when it appears; keyed by attempt so a new attempt focuses again).
import { ErrorSummary } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { fieldKeyOfPath, sectionOf } from '../../../../domain/behovsmelding/validate-application.ts';
import type { FieldError } from '../../../api.ts';
import { useMessage, useT } from '../../../i18n/i18n-context.tsx';
import { issueHref } from './steps.ts';

export function SubmitErrorSummary({ id, errors, parts, attempt }: { id: string; errors: FieldError[]; parts: { id: string }[]; attempt: number }) {
  const t = useT();
  const message = useMessage();
  return (
    <ErrorSummary key={attempt} className="kl-block">
      <ErrorSummary.Heading level={2}>{t('form.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e) => (
          <ErrorSummary.Item key={`${e.field}|${e.message}`}>
            <ErrorSummary.Link asChild>
              <RouterLink to={issueHref(id, { path: e.field, section: sectionOf(fieldKeyOfPath(e.field, parts)) })}>{message(e.message)}</RouterLink>
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
