// `/behovsmeldinger/ny`: start a behovsmelding — choose an open round one of the user's partnerships can apply in
// (its office, and its scheme when it has one), or a closed one its extension keeps open (extended-rounds.ts), then
// that partnership. Only the partnerships the server lets this
// user start one for are offered (`creates` of the application list); the server checks the office and scheme, and
// that there is not one already. The new application starts with the partnership's facts, and the coordinator may
// choose an earlier application of the partnership to copy (copy-sources.ts).
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
import { liveExtensions, startablePartnerships, startableRounds } from './extended-rounds.ts';
import { applicationPath } from './steps.ts';
import { copySources, defaultCopySource } from './copy-sources.ts';
import { STATUS_LABEL } from './status-tag.tsx';

/** `copyFromId` unset: the default (the application the year before, or none); '': start without a copy. */
type Values = { roundId: string; partnershipId: string; copyFromId?: string };

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
  // Open rounds, and closed ones a partnership's extension keeps open for it (issue 12).
  const extensions = creates.data?.creates.application?.extensions ?? [];
  const now = new Date();
  const open = startableRounds(rounds.data?.rounds ?? [], mine ?? [], extensions, now);
  // Issue 12, point 6: any earlier application of the partnership may be copied; the year before is offered first.
  const applications = creates.data?.applications ?? [];
  const defaultCopyFor = (v: Values) => defaultCopySource(applications, rounds.data?.rounds ?? [], open.find((r) => r.id === v.roundId), v.partnershipId);
  const form = useForm<Values>({
    initial: { roundId: '', partnershipId: '' },
    // The choice is always sent, so what the form showed is what the server copies.
    toBody: (v) => ({ roundId: v.roundId, partnershipId: v.partnershipId, copyFromId: v.copyFromId ?? defaultCopyFor(v) }),
    schema: ZCreateApplication,
    onSubmit: async (body) => {
      const { application } = await behovsmeldingApi.createApplication({ body });
      const path = applicationPath(application.id);
      announce(t('status.created'), path);
      navigate(path);
    },
  });
  const round = open.find((r) => r.id === form.values.roundId);
  const choices = startablePartnerships(mine ?? [], round, extensions, now);
  const error = rounds.error ?? readable.error ?? creates.error;
  const roundOptionLabel = (r: (typeof open)[number]) => {
    if (r.status === 'åpen') return t('bm.new.roundOption', { title: r.title, office: r.officeName, deadline: formatLocalDeadline(r.deadlineLocal, t) });
    // Closed: the latest live extension's deadline is the one that matters to this user.
    const until = liveExtensions(r, mine ?? [], extensions, now).map((e) => e.untilLocal).sort().at(-1);
    return t('bm.new.extendedRoundOption', { title: r.title, office: r.officeName, deadline: formatLocalDeadline(until, t) });
  };
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
              onChange={(v) => form.setValues((s) => ({ roundId: v, partnershipId: s.partnershipId && startablePartnerships(mine, open.find((r) => r.id === v), extensions, now).some((p) => p.id === s.partnershipId) ? s.partnershipId : '' }))}
              placeholder={t('form.choose')}
              error={form.errorFor('roundId')}
              options={open.map((r) => ({ value: r.id, label: roundOptionLabel(r) }))}
            />
            <SelectField
              name="partnershipId"
              label={t('bm.new.partnership')}
              required
              description={round ? undefined : t('bm.new.chooseRoundFirst')}
              value={form.values.partnershipId}
              onChange={(v) => form.setValues((s) => ({ roundId: s.roundId, partnershipId: v }))}
              placeholder={t('form.choose')}
              error={form.errorFor('partnershipId')}
              options={choices.map((p) => ({ value: p.id, label: p.name }))}
            />
            {round && choices.length === 0 && (
              <Paragraph id={`${fieldId('partnershipId')}-none`}>{t('bm.new.noPartnerships', { office: round.officeName })}</Paragraph>
            )}
            {round && form.values.partnershipId && (
              <>
                <Paragraph>{t('bm.new.prefillNote')}</Paragraph>
                {copySources(applications, form.values.partnershipId).length > 0 && (
                  <SelectField
                    name="copyFromId"
                    label={t('bm.new.copyFrom')}
                    description={t('bm.new.copyFromHelp')}
                    value={form.values.copyFromId ?? defaultCopyFor(form.values)}
                    onChange={(v) => form.set('copyFromId', v)}
                    error={form.errorFor('copyFromId')}
                    options={[
                      { value: '', label: t('bm.new.copyNone') },
                      ...copySources(applications, form.values.partnershipId).map((a) => ({
                        value: a.id,
                        label: t('bm.new.copyOption', { title: a.roundTitle, status: t(STATUS_LABEL[a.status]) }),
                      })),
                    ]}
                  />
                )}
              </>
            )}
            <FormActions submitting={form.submitting} submitLabel={t('bm.new.create')} cancelTo="/behovsmeldinger" />
          </FormFrame>
        </>
      )}
    </Page>
  );
}
