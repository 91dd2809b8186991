// The meeting's minutes (referat): written by the secretariat as plain text, read by everyone who reads the forum.
// Saved with the meeting's other fields, as the API edits a meeting as a whole (with its version).
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { ZMeetingUpdate } from '../../../domain/forum/meeting.ts';
import { forumApi } from '../../clients/forum.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';

export function MeetingMinutes({ meeting, canPlan, onChange }: { meeting: MeetingDetail; canPlan: boolean; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="meeting-minutes" className="kl-section">
      <Heading level={2} data-size="sm" id="meeting-minutes">
        {t('forum.label.minutes')}
      </Heading>
      {canPlan ? (
        <MinutesForm meeting={meeting} onChange={onChange} />
      ) : (
        <Paragraph className="kl-pre-line">{meeting.minutes ?? t('forumMeeting.noMinutes')}</Paragraph>
      )}
    </section>
  );
}

function MinutesForm({ meeting, onChange }: { meeting: MeetingDetail; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm({
    initial: { minutes: meeting.minutes ?? '' },
    toBody: (v: { minutes: string }) => ({
      title: meeting.title,
      startsAtLocal: meeting.startsAtLocal,
      location: meeting.location,
      roundId: meeting.roundId,
      minutes: v.minutes,
      expectedVersion: meeting.version,
    }),
    schema: ZMeetingUpdate,
    fieldPrefix: 'minutes',
    onSubmit: async (body) => {
      onChange((await forumApi.updateForumMeeting({ params: { id: meeting.id }, body: { ...body, expectedVersion: meeting.version } })).meeting);
      announce(t('forumMeeting.minutesSaved'));
    },
  });
  return (
    <FormFrame form={form} label={t('forum.label.minutes')}>
      <TextField
        name="minutes.minutes"
        label={t('forumMeeting.minutesLabel')}
        description={t('forumMeeting.minutesHelp')}
        multiline
        value={form.values.minutes}
        error={form.errorFor('minutes.minutes')}
        onChange={(v) => form.set('minutes', v)}
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumMeeting.saveMinutes')}
        </Button>
      </div>
    </FormFrame>
  );
}
