// New round and edit round (edit sends the whole form with expectedVersion; a 409 shows that someone saved first).
import { useNavigate, useParams } from 'react-router';
import { ZRoundInput, ZRoundUpdate } from '../../../../domain/behovsmelding/round.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { useCall } from '../../../hooks/use-call.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useStatus } from '../../../layout/status-context.tsx';
import { RoundForm, useOpenOffices } from './round-form.tsx';
import { checkedRoundBody, roundBody, roundFormValues, type RoundBody } from './round-form-values.ts';

export function RoundNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const openOffices = useOpenOffices();
  const save = async (body: RoundBody) => {
    const { round } = await behovsmeldingApi.createRound({ body: checkedRoundBody(body) });
    const path = `/utlysninger/${round.id}`;
    announce(t('status.created'), path);
    navigate(path);
  };
  return (
    <Page title={t('page.roundNew')}>
      {!openOffices && <Loading />}
      {openOffices && (
        <RoundForm
          initial={roundFormValues(undefined, { officeId: openOffices.length === 1 ? openOffices[0]! : '', year: new Date().getFullYear() + 1 })}
          schema={ZRoundInput}
          toBody={roundBody}
          onSubmit={save}
          submitLabel={t('round.create')}
          cancelTo="/utlysninger"
          openOffices={openOffices}
        />
      )}
    </Page>
  );
}

export function RoundEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const { data, error } = useCall(behovsmeldingApi.getRound, { params: { id } });
  const round = data?.round;
  const openOffices = useOpenOffices();
  const save = async (body: RoundBody & { expectedVersion: number }) => {
    await behovsmeldingApi.updateRound({ params: { id }, body: checkedRoundBody(body) });
    const path = `/utlysninger/${id}`;
    announce(t('status.saved'), path);
    navigate(path);
  };
  return (
    <Page title={round ? t('round.editTitle', { title: round.title }) : t('page.roundEdit')}>
      {error && <ApiErrorAlert error={error} />}
      {!round && !error && <Loading />}
      {round && (
        <RoundForm
          key={round.version}
          initial={roundFormValues(round)}
          schema={ZRoundUpdate}
          toBody={(v) => ({ ...roundBody(v), expectedVersion: round.version })}
          onSubmit={save}
          submitLabel={t('common.save')}
          cancelTo={`/utlysninger/${id}`}
          openOffices={openOffices ?? []}
        />
      )}
    </Page>
  );
}
