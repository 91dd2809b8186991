// A co-edited response (ADR 020): every answer is saved on its own after a short pause, with the version it was
// written from; what others save shows up within seconds; a save that meets someone else's newer one shows both
// values and the choice. Submitted, it is shown read-only with its PDF. What is offered follows `allowed` (ADR 014).
import { Alert, Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { QuestionnaireResponse } from '../../../domain/questionnaire/contract.ts';
import { findQuestion } from '../../../domain/questionnaire/catalogue.ts';
import { ApiError } from '../../api.ts';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatTime } from '../../i18n/format.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { ConflictPanel } from '../../forms/co-editing/conflict-panel.tsx';
import { QuestionnaireErrorSummary, type SummaryError } from './error-summary.tsx';
import { FieldStore, isPageVisible } from '../../forms/co-editing/field-store.ts';
import { isDirty } from '../../forms/co-editing/fields-reducer.ts';
import { QuestionnaireForm, useValidation } from './questionnaire-form.tsx';

export function ResponsePage() {
  const t = useT();
  const localize = useLocalize();
  const { responseId = '' } = useParams();
  const { data, error, reload } = useCall(questionnaireApi.getResponse, { params: { id: responseId } });
  const r = data?.response;
  return (
    <Page title={r ? `${localize(r.catalogue.title)} – ${r.subject}` : t('page.qResponse')}>
      {error && <ApiErrorAlert error={error} />}
      {!r && !error && <Loading />}
      {r && (
        <Paragraph data-size="sm">
          <RouterLink to={`/skjema/${r.id}/historikk`}>{t('q.response.history')}</RouterLink>
        </Paragraph>
      )}
      {r && (r.status === 'submitted' || !r.allowed.includes('edit') ? <SubmittedResponse response={r} /> : <EditResponse key={r.id} response={r} onSubmitted={reload} />)}
    </Page>
  );
}

function SubmittedResponse({ response }: { response: QuestionnaireResponse }) {
  const t = useT();
  const values = useMemo(() => Object.fromEntries(Object.entries(response.fields).map(([k, f]) => [k, f.value])), [response.fields]);
  return (
    <>
      {response.status === 'submitted' && (
        <Alert data-color="success">
          <Paragraph>{t('q.response.submitted')}</Paragraph>
        </Alert>
      )}
      {response.allowed.includes('export') && response.status === 'submitted' && (
        <Paragraph>
          <Link href={questionnaireApi.exportResponse.url({ params: { id: response.id } })} download>
            {t('q.response.pdf')}
          </Link>
          {' · '}
          <Link href={questionnaireApi.exportResponseDocx.url({ params: { id: response.id } })} download>
            {t('q.response.docx')}
          </Link>
        </Paragraph>
      )}
      <QuestionnaireForm catalogue={response.catalogue} values={values} onChange={() => undefined} readOnly />
    </>
  );
}

function EditResponse({ response, onSubmitted }: { response: QuestionnaireResponse; onSubmitted: () => void }) {
  const t = useT();
  const localize = useLocalize();
  const [store] = useState(() => {
    const created = new FieldStore({
      saveField: (key, value, baseVersion) => questionnaireApi.saveAnswer({ params: { id: response.id, key }, body: { value, baseVersion } }),
      fetchChanges: (since) => questionnaireApi.listAnswerChanges({ params: { id: response.id }, query: { since } }),
      isActive: isPageVisible,
    });
    created.absorb(response);
    return created;
  });
  useEffect(() => store.attach(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const validation = useValidation(response.catalogue, snapshot.values);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [serverErrors, setServerErrors] = useState<SummaryError[]>([]);
  const entries = Object.entries(snapshot.state.fields);
  const saving = entries.some(([, e]) => isDirty(e) || e.inFlight);
  // Only what the server refused is shown: a failure that is retried (offline, 5xx) stays "Lagrer …" until it is saved.
  const saveErrors = entries.flatMap(([key, e]) => (e.error && !e.error.retry ? [{ path: key, message: e.error.message ?? t('error.unknown') }] : []));
  const errors: SummaryError[] = attempt > 0 ? [...validation.issues.map((i) => ({ path: i.path, message: i.message })), ...serverErrors] : [];

  const submit = async () => {
    setAttempt((n) => n + 1);
    setFailure(null);
    setServerErrors([]);
    await store.flushAll();
    if (!validation.canSubmit || store.hasConflicts() || busy) return;
    setBusy(true);
    try {
      await questionnaireApi.submitResponse({ params: { id: response.id } });
      onSubmitted();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null);
      if (err.fieldErrors.length) setServerErrors(err.fieldErrors.map((f) => ({ path: f.field, message: f.message })));
      else setFailure(err);
      setBusy(false);
    }
  };

  const labelOf = (key: string) => {
    const q = findQuestion(response.catalogue, key)?.question;
    return q ? localize(q.label) : key;
  };

  return (
    <>
      <Paragraph data-size="sm" role="status" className="q-save-status">
        {saving ? t('q.response.saving') : snapshot.state.lastSavedAt ? t('q.response.savedAt', { time: formatTime(snapshot.state.lastSavedAt) }) : t('q.response.autosave')}
      </Paragraph>
      {saveErrors.length > 0 && (
        <Alert data-color="danger">
          {saveErrors.map((e) => (
            <Paragraph key={e.path}>
              {labelOf(e.path)}: {e.message}
            </Paragraph>
          ))}
        </Alert>
      )}
      {errors.length > 0 && <QuestionnaireErrorSummary errors={errors} attempt={attempt} />}
      {failure && <ApiErrorAlert error={failure} />}
      <QuestionnaireForm
        catalogue={response.catalogue}
        values={snapshot.values}
        onChange={(key, value) => store.edit(key, value)}
        onCommit={(key) => store.commit(key)}
        showAllErrors={attempt > 0}
        below={(key) => {
          const entry = snapshot.state.fields[key];
          if (!entry?.conflict) return null;
          return <ConflictPanel texts="q.conflict" label={labelOf(key)} mine={entry.value} theirs={entry.conflict} onKeepMine={() => store.keepMine(key)} onTakeTheirs={() => store.takeTheirs(key)} />;
        }}
      />
      {response.allowed.includes('submit') && (
        <div className="kl-actions">
          <Button type="button" disabled={busy} onClick={() => void submit()}>
            {t('q.response.submit')}
          </Button>
          {validation.canSubmit ? <Tag data-color="success">{t('q.response.ready')}</Tag> : null}
        </div>
      )}
    </>
  );
}
