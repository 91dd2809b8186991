// The office's samarbeidsforum at a glance (issue 13, point 1): how many members serve, the meetings to come, the
// rounds whose applications await the forum, and the way to the members, the meetings and the budget frames.
// Everyone who reads the office's forum comes here (the secretariat, the members, the readers; the admin chooses
// the office).
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatMeetingTime } from '../../../domain/forum/meeting-notice.ts';
import { osloWallClock, formatLocalDateTime } from '../../../domain/behovsmelding/round-deadline.ts';
import { behovsmeldingApi } from '../../clients/behovsmelding.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { allocationPath } from './allocation-paths.ts';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { forumPath, OfficePicker, useForumOffice } from './forum-office.tsx';

export function ForumPage() {
  const t = useT();
  const office = useForumOffice();
  const { officeId } = office;
  const members = useCall(forumApi.listForumMembers, officeId ? { params: { officeId } } : null);
  const meetings = useCall(forumApi.listForumMeetings, officeId ? { params: { officeId } } : null);
  const rounds = useCall(behovsmeldingApi.listRounds, officeId ? { query: { officeId } } : null);
  const error = members.error ?? meetings.error ?? rounds.error;
  // Local Oslo wall-clock text compares as text (`2026-01-20T10:00:00`), as the meetings' times are stored.
  const nowLocal = formatLocalDateTime(osloWallClock(new Date()));
  const today = nowLocal.slice(0, 10);
  // Serving today: not ended, and the term covers the day (local dates compare as text).
  const serving = members.data?.members.filter((m) => !m.endedAt && m.termFrom <= today && (m.termTo === null || today <= m.termTo)) ?? [];
  const upcoming = (meetings.data?.meetings ?? []).filter((m) => m.startsAtLocal >= nowLocal).sort((a, b) => a.startsAtLocal.localeCompare(b.startsAtLocal));
  // A closed round with applications is what the forum weighs next.
  const awaiting = (rounds.data?.rounds ?? []).filter((r) => r.status === 'stengt' && r.applicationCount > 0);
  return (
    <Page title={t('page.forum')}>
      <Paragraph>{t('forumHome.intro')}</Paragraph>
      <OfficePicker office={office} />
      {error && <ApiErrorAlert error={error} />}
      {!error && (!members.data || !meetings.data || !rounds.data) && <Loading />}
      {!error && members.data && meetings.data && rounds.data && (
        <>
          <section aria-labelledby="forum-members" className="kl-section">
            <Heading level={2} data-size="sm" id="forum-members">
              {t('forumHome.members')}
            </Heading>
            <Paragraph>{t('forumHome.memberCount', { count: serving.length })}</Paragraph>
            <RowLink to={forumPath('/forum/medlemmer', officeId)}>{t('forumHome.toMembers')}</RowLink>
          </section>
          <section aria-labelledby="forum-meetings" className="kl-section">
            <Heading level={2} data-size="sm" id="forum-meetings">
              {t('forumHome.upcoming')}
            </Heading>
            {upcoming.length === 0 ? (
              <Paragraph>{t('forumHome.noUpcoming')}</Paragraph>
            ) : (
              <ul className="kl-link-list">
                {upcoming.map((m) => (
                  <li key={m.id}>
                    <RowLink to={`/forum/moter/${m.id}`}>{m.title}</RowLink> – {formatMeetingTime(m.startsAtLocal)}
                    {m.location ? `, ${m.location}` : ''}
                  </li>
                ))}
              </ul>
            )}
            <Paragraph>
              <RowLink to={forumPath('/forum/moter', officeId)}>{t('forumHome.toMeetings')}</RowLink>
            </Paragraph>
          </section>
          <section aria-labelledby="forum-rounds" className="kl-section">
            <Heading level={2} data-size="sm" id="forum-rounds">
              {t('forumHome.awaiting')}
            </Heading>
            {awaiting.length === 0 ? (
              <Paragraph>{t('forumHome.noneAwaiting')}</Paragraph>
            ) : (
              <ul className="kl-link-list">
                {awaiting.map((r) => (
                  <li key={r.id}>
                    <RowLink to={`/utlysninger/${r.id}`}>{r.title}</RowLink> – {t('forumHome.applications', { count: r.applicationCount })}
                    <ul className="kl-link-list">
                      <li>
                        <RowLink to={`/forum/utlysninger/${r.id}/kriterier`}>{t('forumHome.criteria')}</RowLink>
                      </li>
                      <li>
                        <RowLink to={allocationPath(r.id)}>{t('forumHome.allocation')}</RowLink>
                      </li>
                      <li>
                        <RowLink to={`/forum/utlysninger/${r.id}/innstilling`}>{t('forumHome.innstilling')}</RowLink>
                      </li>
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="forum-frames" className="kl-section">
            <Heading level={2} data-size="sm" id="forum-frames">
              {t('forumHome.frames')}
            </Heading>
            <Paragraph>{t('forumHome.framesIntro')}</Paragraph>
            <RowLink to={forumPath('/forum/rammer', officeId)}>{t('forumHome.toFrames')}</RowLink>
          </section>
        </>
      )}
    </Page>
  );
}
