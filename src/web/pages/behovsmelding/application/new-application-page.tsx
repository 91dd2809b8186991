// `/behovsmeldinger/ny`: start a behovsmelding — choose an open round one of the user's partnerships can apply in
// (its office, and its scheme when it has one), then that partnership. Only the partnerships the server lets this
// user start one for are offered (`creates` of the application list); the server checks the office and scheme, and
// that there is not one already.
import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { ZCreateApplication } from '../../../../domain/behovsmelding/round.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { fieldId } from '../../../forms/field-id.ts';
import { SelectField } from '../../../forms/fields.tsx';
import { FormActions } from '../../../forms/form-actions.tsx';
import { FormFrame } from '../../../forms/form-frame.tsx';
import { useForm } from '../../../forms/use-form.ts';
import { orgApi } from '../../../clients/org.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useStatus } from '../../../layout/status-context.tsx';
import { formatLocalDeadline } from './local-time-text.ts';
import { partnershipsForRound, roundsForPartnerships } from './round-partnerships.ts';
import { applicationPath } from './steps.ts';

type Values = { roundId: string; partnershipId: string };

export function NewApplicationPage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const rounds = useCall(behovsmeldingApi.listRounds);
  const readable = useCall(orgApi.listPartnerships);
  const creates = useCall(behovsmeldingApi.listApplications);
  const startable = creates.data?.creates.application?.partnershipIds ?? [];
  const mine = readable.data && creates.data ? readable.data.partnerships.filter((p) => startable.includes(p.id)) : undefined;
  const anyOpen = (rounds.data?.rounds ?? []).filter((r) => r.status === 'åpen');
  const open = roundsForPartnerships(anyOpen, mine ?? []);
  const form = useForm<Values>({
    initial: { roundId: '', partnershipId: '' },
    schema: ZCreateApplication,
    onSubmit: async (body) => {
      const { application } = await behovsmeldingApi.createApplication({ body });
      const path = applicationPath(application.id);
      announce(t('status.created'), path);
      navigate(path);
    },
  });
  const round = open.find((r) => r.id === form.values.roundId);
  const choices = partnershipsForRound(mine ?? [], round);
  const error = rounds.error ?? readable.error ?? creates.error;
  return (
    <Page title={t('page.bmNew')}>
      {error && <ApiErrorAlert error={error} />}
      {!error && (!rounds.data || !mine) && <Loading />}
      {rounds.data && mine && (
        <>
          {open.length === 0 && <Paragraph>{t(anyOpen.length === 0 ? 'bm.new.noOpenRounds' : 'bm.new.noRoundsForPartnerships')}</Paragraph>}
          <FormFrame form={form} label={t('page.bmNew')}>
            <SelectField
              name="roundId"
              label={t('bm.new.round')}
              required
              value={form.values.roundId}
              onChange={(v) => form.setValues((s) => ({ roundId: v, partnershipId: s.partnershipId && partnershipsForRound(mine, open.find((r) => r.id === v)).some((p) => p.id === s.partnershipId) ? s.partnershipId : '' }))}
              placeholder={t('form.choose')}
              error={form.errorFor('roundId')}
              options={open.map((r) => ({ value: r.id, label: t('bm.new.roundOption', { title: r.title, office: r.officeName, deadline: formatLocalDeadline(r.deadlineLocal) }) }))}
            />
            <SelectField
              name="partnershipId"
              label={t('bm.new.partnership')}
              required
              description={round ? undefined : t('bm.new.chooseRoundFirst')}
              value={form.values.partnershipId}
              onChange={(v) => form.set('partnershipId', v)}
              placeholder={t('form.choose')}
              error={form.errorFor('partnershipId')}
              options={choices.map((p) => ({ value: p.id, label: p.name }))}
            />
            {round && choices.length === 0 && (
              <Paragraph id={`${fieldId('partnershipId')}-none`}>{t('bm.new.noPartnerships', { office: round.officeName })}</Paragraph>
            )}
            <FormActions submitting={form.submitting} submitLabel={t('bm.new.create')} cancelTo="/behovsmeldinger" />
          </FormFrame>
        </>
      )}
    </Page>
  );
}
