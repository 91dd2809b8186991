// The frame of every page of one behovsmelding: loads it, runs the autosaving fields and the live validation,
// and shows the heading, what it is (partnership, round, status), the save status and the step list. A page gives
// its title and renders its content with the form in context.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { renderValidation } from '../../../../domain/behovsmelding/render-issues.ts';
import { validateApplication } from '../../../../domain/behovsmelding/validate-application.ts';
import { isEditable } from '../../../../domain/behovsmelding/application-resource.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useMessage, useT } from '../../../i18n/i18n-context.tsx';
import type { Application } from '../../../types/behovsmelding.ts';
import { ApplicationFormContext, type ApplicationForm } from './application-context.ts';
import { ApplicationLead } from './application-lead.tsx';
import { focusFieldFromHash } from './focus-field.ts';
import { SaveStatus } from './save-status.tsx';
import { StepNav } from './step-nav.tsx';
import type { StepSlug } from './steps.ts';
import { useApplicationFields } from './use-application-fields.ts';
import './application-form.css';

type Props = {
  title: MessageKey;
  /** The step this page is (marked in the step list); none for the overview, receipt and history. */
  step?: StepSlug;
  /** Show the step list (the form's pages). */
  steps?: boolean;
  /** The h1 once the application is loaded (default: the title). */
  heading?: (application: Application) => string;
  children: (form: ApplicationForm) => ReactNode;
};

export function ApplicationFrame({ title, step, steps = true, heading, children }: Props) {
  const t = useT();
  const message = useMessage();
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const { data, error, reload } = useCall(behovsmeldingApi.getApplication, { params: { id } });
  const application = data?.application;
  const fields = useApplicationFields(application);
  const values = useDeferredValue(fields.values);
  const coordinatorAllowed = application?.round.coordinatorAllowed ?? true;
  // The domain's issue messages are message tokens: said here, once, in the UI language for every page of the form,
  // the fields they name too (fieldNameMsg gives their names in every language).
  const say = useCallback((text: string) => message(text), [message]);
  const validation = useMemo(() => renderValidation(validateApplication(values, { coordinatorAllowed }), say), [values, coordinatorAllowed, say]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const cameToFix = hash.startsWith('#field-');

  const touch = useCallback((key: string) => setTouched((s) => (s.has(key) ? s : new Set(s).add(key))), []);
  const form = useMemo<ApplicationForm | null>(
    () =>
      application && fields.loaded
        ? { application, fields, validation, editable: application.allowed.includes('edit') && isEditable(application.status), showRequired: (k) => cameToFix || touched.has(k), touch, reload }
        : null,
    [application, fields, validation, cameToFix, touched, touch, reload],
  );

  const ready = form !== null;
  useEffect(() => {
    // After the page's own heading took focus: an error link (#field-…) puts the user at the field to fix.
    if (ready && hash) focusFieldFromHash(hash);
  }, [ready, hash]);

  return (
    <Page title={application && heading ? heading(application) : t(title)}>
      {error && <ApiErrorAlert error={error} />}
      {!form && !error && <Loading />}
      {form && (
        <ApplicationFormContext value={form}>
          <ApplicationLead />
          {form.editable && <SaveStatus />}
          {!form.editable && (
            <Alert data-color="info" className="kl-block">
              <Paragraph>{t(form.application.status === 'sendt' ? 'bm.readOnly.submitted' : 'bm.readOnly.noAccess')}</Paragraph>
            </Alert>
          )}
          {steps && <StepNav current={step} />}
          {children(form)}
        </ApplicationFormContext>
      )}
    </Page>
  );
}
