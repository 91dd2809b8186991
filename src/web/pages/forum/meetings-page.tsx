// The office's forum meetings (issue 13, point 1), newest first, and — for the secretariat — a form that plans a new
// one, usually for a round whose applications the forum is to weigh. The new meeting opens on its own page, where
// the agenda, attendance and notice are handled.
import { Button, Fieldset, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { formatMeetingTime } from '../../../domain/forum/meeting-notice.ts';
import { ZMeetingInput } from '../../../domain/forum/meeting.ts';
import type { Round } from '../../../domain/behovsmelding/round-contract.ts';
import { behovsmeldingApi } from '../../clients/behovsmelding.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ListTable, RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { OfficePicker, useForumOffice } from './forum-office.tsx';

export function MeetingsPage() {
  const t = useT();
  const office = useForumOffice();
  const { officeId } = office;
  const { data, error } = useCall(forumApi.listForumMeetings, officeId ? { params: { officeId } } : null);
  const canPlan = data?.allowed.includes('plan-meetings') ?? false;
  const rounds = useCall(behovsmeldingApi.listRounds, officeId && canPlan ? { query: { officeId } } : null).data?.rounds;
  return (
    <Page title={t('page.forumMeetings')}>
      <Paragraph>{t('forumMeetings.intro')}</Paragraph>
      <OfficePicker office={office} />
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data &&
        (data.meetings.length === 0 ? (
          <Paragraph>{t('forumMeetings.none')}</Paragraph>
        ) : (
          <ListTable
            caption={t('forumMeetings.caption')}
            rows={data.meetings}
            columns={[
              { header: t('forumMeetings.meeting'), cell: (m) => <RowLink to={`/forum/moter/${m.id}`}>{m.title}</RowLink> },
              { header: t('forumMeetings.when'), cell: (m) => formatMeetingTime(m.startsAtLocal) },
              { header: t('forum.label.location'), cell: (m) => m.location ?? '' },
              { header: t('forumMeetings.round'), cell: (m) => m.roundTitle ?? t('forumMeetings.noRound') },
              { header: t('forumMeetings.items'), cell: (m) => m.itemCount },
              {
                header: t('forumMeetings.notice'),
                cell: (m) =>
                  m.noticeSentAt ? (
                    <Tag data-color="success" data-size="sm">
                      {t('forumMeetings.noticeSentOn', { date: formatDate(m.noticeSentAt) })}
                    </Tag>
                  ) : (
                    <Tag data-color="neutral" data-size="sm">
                      {t('forumMeetings.noticeNotSent')}
                    </Tag>
                  ),
              },
            ]}
          />
        ))}
      {canPlan && officeId && rounds && (
        <section aria-labelledby="forum-meeting-form" className="kl-section">
          <Heading level={2} data-size="sm" id="forum-meeting-form">
            {t('forumMeetings.newHeading')}
          </Heading>
          <MeetingForm officeId={officeId} rounds={rounds} />
        </section>
      )}
    </Page>
  );
}

type Values = { title: string; date: string; time: string; location: string; roundId: string };

function MeetingForm({ officeId, rounds }: { officeId: string; rounds: Round[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  // The round weighed next is the default: the latest closed one, else the latest.
  const initialRound = rounds.find((r) => r.status === 'stengt') ?? rounds[0];
  const form = useForm({
    initial: { title: '', date: '', time: '', location: '', roundId: initialRound?.id ?? '' },
    toBody: (v: Values) => ({
      title: v.title,
      // Empty date or time: '' so the shared schema says what is missing.
      startsAtLocal: v.date.trim() && v.time.trim() ? `${v.date.trim()}T${v.time.trim()}` : '',
      location: v.location,
      roundId: v.roundId || null,
    }),
    schema: ZMeetingInput,
    fieldPrefix: 'meeting',
    onSubmit: async (body) => {
      const { meeting } = await forumApi.createForumMeeting({ params: { officeId }, body });
      const path = `/forum/moter/${meeting.id}`;
      announce(t('forumMeetings.created', { title: meeting.title }), path);
      await navigate(path);
    },
  });
  const { values, set, errorFor } = form;
  return (
    <FormFrame form={form} label={t('forumMeetings.newHeading')}>
      <Fieldset>
        <Fieldset.Legend>{t('forumMeetings.formLegend')}</Fieldset.Legend>
        <TextField name="meeting.title" label={t('forum.label.meetingTitle')} required value={values.title} error={errorFor('meeting.title')} onChange={(v) => set('title', v)} autoComplete="off" />
        <TextField name="meeting.startsAtLocal" type="date" label={t('forumMeetings.date')} required value={values.date} error={errorFor('meeting.startsAtLocal')} onChange={(v) => set('date', v)} />
        <TextField name="meeting.time" label={t('forumMeetings.time')} description={t('forumMeetings.timeHelp')} required value={values.time} onChange={(v) => set('time', v)} inputMode="numeric" autoComplete="off" />
        <TextField name="meeting.location" label={t('forum.label.location')} value={values.location} error={errorFor('meeting.location')} onChange={(v) => set('location', v)} autoComplete="off" />
        <SelectField
          name="meeting.roundId"
          label={t('forumMeetings.round')}
          description={t('forumMeetings.roundHelp')}
          value={values.roundId}
          error={errorFor('meeting.roundId')}
          onChange={(v) => set('roundId', v)}
          placeholder={t('forumMeetings.noRound')}
          options={rounds.map((r) => ({ value: r.id, label: r.title }))}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumMeetings.create')}
        </Button>
      </div>
    </FormFrame>
  );
}
