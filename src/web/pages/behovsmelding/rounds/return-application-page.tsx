// The office returns a submitted application for correction: a required message to the applicant and the date the
// corrected application may come back by (14 days, end of day, unless the case officer chooses: issue 12), then back
// to the round's list. Only a submitted application can be returned, and only by the office's case officers
// (`return` among its allowed verbs).
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { defaultResubmitUntilLocal } from '../../../../domain/behovsmelding/resubmission-window.ts';
import { ZReturnInput } from '../../../../domain/behovsmelding/round.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { DetailList } from '../../../components/detail-list.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { RowLink } from '../../../components/list-table.tsx';
import { FormActions } from '../../../forms/form-actions.tsx';
import { FormFrame } from '../../../forms/form-frame.tsx';
import { TextField } from '../../../forms/fields.tsx';
import { useForm } from '../../../forms/use-form.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useStatus } from '../../../layout/status-context.tsx';
import type { Application } from '../../../types/behovsmelding.ts';
import { useRoundLabels } from './round-labels.ts';
import { DateTimeField } from './date-time-field.tsx';
import { joinLocalDateTime, splitLocalDateTime, type DateTimeParts } from './local-date-time.ts';

type ReturnValues = { message: string; until: DateTimeParts };

export function ReturnApplicationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error } = useCall(behovsmeldingApi.getApplication, { params: { id } });
  const app = data?.application;
  return (
    <Page title={app ? t('round.returnTitle', { name: app.partnership.name }) : t('page.roundReturn')}>
      {error && <ApiErrorAlert error={error} />}
      {!app && !error && <Loading />}
      {app && <ReturnForm app={app} />}
    </Page>
  );
}

function ReturnForm({ app }: { app: Application }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { applicationStatusLabel } = useRoundLabels();
  const roundPath = `/utlysninger/${app.round.id}`;
  const form = useForm({
    initial: { message: '', until: splitLocalDateTime(defaultResubmitUntilLocal(new Date()), { endOfMinute: true }) } as ReturnValues,
    toBody: (v: ReturnValues) => ({ message: v.message, resubmitUntilLocal: joinLocalDateTime(v.until, { endOfMinute: true }) }),
    schema: ZReturnInput,
    onSubmit: async (body) => {
      await behovsmeldingApi.returnApplication({ params: { id: app.id }, body });
      announce(t('round.returned', { name: app.partnership.name }), roundPath);
      navigate(roundPath);
    },
  });
  const latest = app.submissions.at(-1);
  return (
    <>
      <DetailList
        items={[
          { label: t('round.partnership'), value: app.partnership.name },
          { label: t('round.round'), value: <RowLink to={roundPath}>{app.round.title}</RowLink> },
          { label: t('field.status'), value: applicationStatusLabel(app.status) },
          { label: t('round.documentNumber'), value: latest?.documentNumber },
        ]}
      />
      {!(app.status === 'sendt' && app.allowed.includes('return')) ? (
        <Alert data-color="info" className="kl-block">
          <Paragraph>{t(app.status === 'sendt' ? 'round.returnNotAllowed' : 'round.returnOnlySubmitted')}</Paragraph>
        </Alert>
      ) : (
        <FormFrame form={form} label={t('round.returnSubmit')}>
          <TextField
            name="message"
            label={t('round.returnMessage')}
            description={t('round.returnMessageHelp')}
            required
            multiline
            value={form.values.message}
            error={form.errorFor('message')}
            onChange={(v) => form.set('message', v)}
          />
          <DateTimeField
            name="resubmitUntilLocal"
            label={t('round.resubmitUntil')}
            description={t('round.resubmitUntilHelp')}
            required
            value={form.values.until}
            error={form.errorFor('resubmitUntilLocal')}
            onChange={(v) => form.set('until', v)}
          />
          <FormActions submitting={form.submitting} submitLabel={t('round.returnSubmit')} cancelTo={roundPath} />
        </FormFrame>
      )}
    </>
  );
}
