// One forum meeting (issue 13, points 1–2): when and where, the notice (innkalling) the secretariat sends, who
// attended, the agenda with each item's recusals, and the minutes. The secretariat plans and records; a member
// declares a recusal on an item; everyone who reads the forum sees it all, and the decisions approved since the
// previous meeting that deviate from the forum's innstilling (issue 14, point 1). The notice e-mail links here
// (/forum/moter/:id, src/domain/forum/meeting-notice.ts). Every change answers with the whole meeting, which
// replaces the page's copy, so the page shows what the server stored.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatMeetingTime } from '../../../domain/forum/meeting-notice.ts';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { MeetingAgenda } from './meeting-agenda.tsx';
import { MeetingAttendance } from './meeting-attendance.tsx';
import { MeetingDeviations } from './meeting-deviations.tsx';
import { MeetingMinutes } from './meeting-minutes.tsx';
import { InnstillingLink } from './innstilling-link.tsx';
import { useMeetingAction } from './use-meeting-action.ts';

export function MeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error } = useCall(forumApi.getForumMeeting, { params: { id } });
  return (
    <Page title={data ? data.meeting.title : t('page.forumMeeting')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <Meeting key={data.meeting.id} initial={data.meeting} />}
    </Page>
  );
}

function Meeting({ initial }: { initial: MeetingDetail }) {
  const t = useT();
  const [meeting, setMeeting] = useState(initial);
  const canPlan = meeting.allowed.includes('plan-meetings');
  const reload = async () => setMeeting((await forumApi.getForumMeeting({ params: { id: meeting.id } })).meeting);
  return (
    <>
      <DetailList
        items={[
          { label: t('forumMeetings.when'), value: formatMeetingTime(meeting.startsAtLocal) },
          { label: t('forum.label.location'), value: meeting.location },
          {
            label: t('forumMeetings.round'),
            value: meeting.roundId ? <RowLink to={`/utlysninger/${meeting.roundId}`}>{meeting.roundTitle}</RowLink> : t('forumMeetings.noRound'),
          },
        ]}
      />
      <Notice meeting={meeting} canPlan={canPlan} onChange={setMeeting} />
      <MeetingAttendance meeting={meeting} canPlan={canPlan} onChange={setMeeting} />
      <MeetingAgenda meeting={meeting} canPlan={canPlan} onChange={setMeeting} reload={reload} />
      <MeetingDeviations deviations={meeting.deviations} />
      <MeetingMinutes meeting={meeting} canPlan={canPlan} onChange={setMeeting} />
      <InnstillingLink roundId={meeting.roundId} />
    </>
  );
}

function Notice({ meeting, canPlan, onChange }: { meeting: MeetingDetail; canPlan: boolean; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const { failure, busy, run } = useMeetingAction();
  const send = () =>
    run(async () => {
      onChange((await forumApi.sendForumNotice({ params: { id: meeting.id } })).meeting);
      announce(t('forumMeeting.noticeSent'));
    });
  return (
    <section aria-labelledby="meeting-notice" className="kl-section">
      <Heading level={2} data-size="sm" id="meeting-notice">
        {t('forumMeeting.notice')}
      </Heading>
      {failure && <ApiErrorAlert error={failure} />}
      {meeting.noticeSentAt ? (
        <Paragraph>{t('forumMeeting.noticeSentAt', { when: formatDateTime(meeting.noticeSentAt) })}</Paragraph>
      ) : (
        <>
          <Paragraph>{canPlan ? t('forumMeeting.noticeHelp') : t('forumMeeting.noticeNotSent')}</Paragraph>
          {canPlan && (
            <Button type="button" onClick={() => void send()} loading={busy} aria-disabled={busy || undefined}>
              {t('forumMeeting.sendNotice')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
