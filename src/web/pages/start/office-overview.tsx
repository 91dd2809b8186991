// The case officer's part of the start page: what came in since the last visit, what was returned and has not come
// back, and which of the office's rounds close within 14 days.
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { StartOverview } from '../../../domain/behovsmelding/start-contract.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { formatLocal } from './local-deadline.ts';
import { applicationPath, ListCard, roundPath, To } from './start-links.tsx';

type Office = NonNullable<StartOverview['office']>;

export function OfficeOverview({ overview }: { overview: Office }) {
  const t = useT();
  const { newSubmissions, awaitingResubmission, closingSoon } = overview;
  return (
    <div className="kl-cards">
      <ListCard heading={t('start.work.newSubmissions', { when: formatDateTime(overview.since) })} empty={t('start.work.noNewSubmissions')} count={newSubmissions.length}>
        {newSubmissions.map((a) => (
          <li key={a.id}>
            <To to={applicationPath(a.id)}>{a.partnershipName}</To>
            <Paragraph data-size="sm">
              {a.roundTitle}. {t('start.work.submittedAt', { number: a.documentNumber ?? '', when: formatDateTime(a.submittedAt) })}
            </Paragraph>
            {a.late && (
              <Tag data-color="warning" data-size="sm">
                {t('start.work.late')}
              </Tag>
            )}
          </li>
        ))}
      </ListCard>
      <ListCard heading={t('start.work.awaiting')} empty={t('start.work.noAwaiting')} count={awaitingResubmission.length}>
        {awaitingResubmission.map((a) => (
          <li key={a.id}>
            <To to={applicationPath(a.id)}>{a.partnershipName}</To>
            <Paragraph data-size="sm">
              {a.roundTitle}. {t('start.work.returnedBy', { name: a.returnedByName ?? '', when: formatDateTime(a.returnedAt) })}
            </Paragraph>
            {a.resubmitUntilLocal && <Paragraph data-size="sm">{t('start.work.resubmitUntil', { when: formatLocal(a.resubmitUntilLocal) })}</Paragraph>}
          </li>
        ))}
      </ListCard>
      <ListCard heading={t('start.work.closingSoon')} empty={t('start.work.noClosingSoon')} count={closingSoon.length}>
        {closingSoon.map((r) => (
          <li key={r.id}>
            <To to={roundPath(r.id)}>{r.title}</To>
            <Paragraph data-size="sm">
              {t('start.work.deadline', { when: formatLocal(r.deadlineLocal) })}. {t('start.work.applicationCount', { count: r.applicationCount })}
            </Paragraph>
          </li>
        ))}
      </ListCard>
    </div>
  );
}
