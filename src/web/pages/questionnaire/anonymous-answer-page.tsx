// An anonymous survey, answered without login (public): the answers stay in this page until they are sent, once,
// all at once; nothing is saved on the way and nothing about who answered is sent. Then the thank-you page.
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { TCatalogue } from '../../../domain/questionnaire/catalogue.ts';
import { ApiError } from '../../api.ts';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { QuestionnaireErrorSummary, type SummaryError } from './error-summary.tsx';
import { QuestionnaireForm, useValidation } from './questionnaire-form.tsx';

export function AnonymousAnswerPage() {
  const t = useT();
  const localize = useLocalize();
  const { questionnaireId = '' } = useParams();
  const { data, error } = useCall(questionnaireApi.getQuestionnaire, { params: { id: questionnaireId } });
  const q = data?.questionnaire;
  return (
    <Page title={q ? localize(q.catalogue.title) : t('page.qAnonymous')}>
      {error && <ApiErrorAlert error={error} />}
      {!q && !error && <Loading />}
      {q && q.storage !== 'anonymous' && <Alert data-color="info">{t('q.anonymous.notAnonymous')}</Alert>}
      {q && q.storage === 'anonymous' && <AnonymousForm catalogue={q.catalogue} />}
    </Page>
  );
}

function AnonymousForm({ catalogue }: { catalogue: TCatalogue }) {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [serverErrors, setServerErrors] = useState<SummaryError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const validation = useValidation(catalogue, values);
  const errors: SummaryError[] = attempt > 0 ? [...validation.issues.map((i) => ({ path: i.path, message: i.message })), ...serverErrors] : [];

  const submit = async () => {
    setAttempt((n) => n + 1);
    setServerErrors([]);
    setFailure(null);
    if (!validation.canSubmit || sending) return;
    setSending(true);
    try {
      await questionnaireApi.submitAnonymousAnswer({ params: { id: catalogue.id }, body: { questionnaireVersion: catalogue.version, answers: validation.answers } });
      void navigate(`/kartlegging/${encodeURIComponent(catalogue.id)}/takk`, { replace: true });
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null);
      if (err.fieldErrors.length) setServerErrors(err.fieldErrors.map((f) => ({ path: f.field, message: f.message })));
      else setFailure(err);
      setSending(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {catalogue.description && <Paragraph data-size="lg">{localize(catalogue.description)}</Paragraph>}
      <Paragraph>{t('q.anonymous.lead')}</Paragraph>
      {errors.length > 0 && <QuestionnaireErrorSummary errors={errors} attempt={attempt} />}
      {failure && <ApiErrorAlert error={failure} />}
      <QuestionnaireForm catalogue={catalogue} values={values} onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))} showAllErrors={attempt > 0} />
      <div className="kl-actions">
        <Button type="submit" disabled={sending}>
          {t('q.anonymous.submit')}
        </Button>
      </div>
    </form>
  );
}
