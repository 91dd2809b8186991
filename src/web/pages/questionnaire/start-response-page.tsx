// Starts a co-edited response to a questionnaire: what it is about and who fills it in with the starter (ticked
// among the people the starter may see, as the server lists them), then the form. Offered only when the server
// says the user may start one (`allowed` has 'start', ADR 014).
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useLocalize, useMessage, useT } from '../../i18n/i18n-context.tsx';
import { QuestionLabel } from '../../forms/question-label.tsx';
import { CheckboxGroup } from '../../forms/checkbox-group.tsx';

export function StartResponsePage() {
  const t = useT();
  const localize = useLocalize();
  const message = useMessage();
  const navigate = useNavigate();
  const { questionnaireId = '' } = useParams();
  const { data, error } = useCall(questionnaireApi.getQuestionnaire, { params: { id: questionnaireId } });
  const [subject, setSubject] = useState('');
  const [editors, setEditors] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const q = data?.questionnaire;
  const mayStart = q?.storage === 'co-edited' && q.allowed.includes('start');
  // Asked only of those who may start one (others would be refused).
  const candidates = useCall(questionnaireApi.listEditorCandidates, mayStart ? undefined : null);
  const fieldError = failure?.fieldErrors.find((f) => f.field === 'subject')?.message;
  const editorsError = failure?.fieldErrors.find((f) => f.field === 'editors' || f.field.startsWith('editors.'))?.message;

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const started = await questionnaireApi.startResponse({ body: { questionnaireId, subject, editors } });
      void navigate(`/skjema/${started.id}`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
      setBusy(false);
    }
  };

  return (
    <Page title={q ? localize(q.catalogue.title) : t('page.qStart')}>
      {error && <ApiErrorAlert error={error} />}
      {!q && !error && <Loading />}
      {q && q.storage !== 'co-edited' && <Alert data-color="info">{t('q.start.isAnonymous')}</Alert>}
      {q && q.storage === 'co-edited' && !q.allowed.includes('start') && <Alert data-color="info">{t('q.start.notAllowed')}</Alert>}
      {q && q.storage === 'co-edited' && q.allowed.includes('start') && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          {q.catalogue.description && <Paragraph>{localize(q.catalogue.description)}</Paragraph>}
          <Paragraph>{t('q.start.lead')}</Paragraph>
          {failure && !fieldError && !editorsError && <ApiErrorAlert error={failure} />}
          <Textfield
            label={<QuestionLabel label={t('q.start.subject')} required />}
            description={t('q.start.subjectHelp')}
            value={subject}
            error={fieldError ? message(fieldError) : undefined}
            onChange={(e) => setSubject(e.target.value)}
          />
          {candidates.error && <ApiErrorAlert error={candidates.error} />}
          {!candidates.data && !candidates.error && <Loading />}
          {candidates.data && candidates.data.people.length === 0 && <Paragraph>{t('q.start.noCandidates')}</Paragraph>}
          {candidates.data && candidates.data.people.length > 0 && (
            <CheckboxGroup
              name="editors"
              legend={t('q.start.editors')}
              description={t('q.start.editorsHelp')}
              error={editorsError ? message(editorsError) : undefined}
              options={candidates.data.people.map((c) => ({ value: c.userId, label: c.name, description: c.organisationName }))}
              selected={editors}
              onChange={setEditors}
            />
          )}
          <div className="kl-actions">
            <Button type="submit" disabled={busy}>
              {t('q.start.button')}
            </Button>
          </div>
        </form>
      )}
    </Page>
  );
}
