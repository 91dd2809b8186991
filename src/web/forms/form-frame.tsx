// A form with the shared error handling: the error summary (field errors) or an alert (any other failure,
// e.g. a 409 when someone else saved first) at the top, both taking focus so the user hears what went wrong.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import type { FormState } from './use-form.ts';

export function FormFrame({ form, children, label }: { form: FormState; children: ReactNode; label: string }) {
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (form.failure) failureRef.current?.focus();
  }, [form.failure, form.attempt]);
  return (
    <form noValidate onSubmit={(e) => void form.handleSubmit(e)} aria-label={label} className="kl-form">
      <FormErrorSummary errors={form.errors} attempt={form.attempt} />
      {form.failure && (
        <div ref={failureRef} tabIndex={-1}>
          <ApiErrorAlert error={form.failure} />
        </div>
      )}
      {children}
    </form>
  );
}
