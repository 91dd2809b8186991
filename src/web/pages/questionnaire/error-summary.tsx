// The errors that stop a submit, each a link to its field (Designsystemet's error summary takes focus when it
// appears; keyed by attempt so a new attempt focuses again). Messages are the domain's tokens or the server's text.
import { ErrorSummary } from '@digdir/designsystemet-react';
import { useMessage, useT } from '../../i18n/i18n-context.tsx';
import { fieldId } from './field-id.ts';

export type SummaryError = { path: string; message: string };

export function QuestionnaireErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const t = useT();
  const message = useMessage();
  return (
    <ErrorSummary key={attempt} className="kl-block">
      <ErrorSummary.Heading level={2}>{t('form.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e) => (
          <ErrorSummary.Item key={`${e.path}|${e.message}`}>
            <ErrorSummary.Link href={`#${fieldId(e.path)}`}>{message(e.message)}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
