// Who attended the meeting (issue 13, point 1): per member serving on the day, present in person, the deputy in the
// member's place, or absent. Who may vote on each item follows from it. The secretariat records it; others read it.
import { Button, Fieldset, Heading, Paragraph, Radio, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { useMeetingAction } from './use-meeting-action.ts';

type Seat = MeetingDetail['attendance'][number];
type Choice = 'present' | 'deputy' | 'absent' | '';

const choiceOf = (s: Seat): Choice => (s.present === null ? '' : s.byDeputy ? 'deputy' : s.present ? 'present' : 'absent');

export function MeetingAttendance({ meeting, canPlan, onChange }: { meeting: MeetingDetail; canPlan: boolean; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-attendance" className="kl-section">
      <Heading level={2} data-size="sm" id="meeting-attendance">
        {t('forumMeeting.attendance')}
      </Heading>
      {meeting.attendance.length === 0 ? (
        <Paragraph>{t('forumMeeting.noMembers')}</Paragraph>
      ) : canPlan ? (
        <AttendanceForm key={meeting.version + meeting.attendance.map(choiceOf).join()} meeting={meeting} onChange={onChange} />
      ) : (
        <AttendanceTable meeting={meeting} />
      )}
    </section>
  );
}

function useChoiceLabel() {
  const t = useT();
  return (c: Choice) => (c === 'present' ? t('forumMeeting.present') : c === 'deputy' ? t('forumMeeting.byDeputy') : c === 'absent' ? t('forumMeeting.absent') : t('forumMeeting.notRecorded'));
}

function AttendanceTable({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const label = useChoiceLabel();
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('forumMeeting.attendanceCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('forumMembers.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('forumMembers.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('forumMembers.deputy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('forumMeeting.attendanceState')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meeting.attendance.map((s) => (
            <Table.Row key={s.memberId}>
              <Table.HeaderCell scope="row">{s.personName}</Table.HeaderCell>
              <Table.Cell>{s.organisationName}</Table.Cell>
              <Table.Cell>{s.deputyName ?? t('forumMembers.noDeputy')}</Table.Cell>
              <Table.Cell>{label(choiceOf(s))}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function AttendanceForm({ meeting, onChange }: { meeting: MeetingDetail; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  const label = useChoiceLabel();
  const { announce } = useStatus();
  const { failure, busy, run } = useMeetingAction();
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(meeting.attendance.map((s) => [s.memberId, choiceOf(s)])));
  const save = () =>
    run(async () => {
      // Only the seats given a choice: "not recorded" stays unrecorded.
      const attendance = meeting.attendance
        .filter((s) => choices[s.memberId])
        .map((s) => ({ memberId: s.memberId, present: choices[s.memberId] !== 'absent', byDeputy: choices[s.memberId] === 'deputy' }));
      onChange((await forumApi.recordForumAttendance({ params: { id: meeting.id }, body: { attendance } })).meeting);
      announce(t('forumMeeting.attendanceSaved'));
    });
  return (
    <form
      noValidate
      aria-label={t('forumMeeting.attendance')}
      className="kl-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {failure && <ApiErrorAlert error={failure} />}
      {meeting.attendance.map((s) => {
        const options: Choice[] = s.deputyName ? ['present', 'deputy', 'absent'] : ['present', 'absent'];
        return (
          <Fieldset key={s.memberId}>
            <Fieldset.Legend>{t('forumMeeting.seat', { name: s.personName, organisation: s.organisationName })}</Fieldset.Legend>
            {s.deputyName && <Fieldset.Description>{t('forumMeeting.deputyIs', { name: s.deputyName })}</Fieldset.Description>}
            {options.map((c) => (
              <Radio
                key={c}
                name={`attendance-${s.memberId}`}
                value={c}
                label={label(c)}
                checked={choices[s.memberId] === c}
                onChange={() => setChoices((all) => ({ ...all, [s.memberId]: c }))}
              />
            ))}
          </Fieldset>
        );
      })}
      <div className="kl-actions">
        <Button type="submit" loading={busy} aria-disabled={busy || undefined}>
          {t('forumMeeting.saveAttendance')}
        </Button>
      </div>
    </form>
  );
}
