// The coordinator's part of the start page: the rounds their partnerships may apply in now (with the deadline that
// applies to each, an extension's where one runs) and their applications by where they stand.
import { Paragraph } from '@digdir/designsystemet-react';
import type { StartApplication, StartOverview } from '../../../domain/behovsmelding/start-contract.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { formatLocal } from './local-deadline.ts';
import { applicationPath, ListCard, roundPath, To } from './start-links.tsx';

type Coordinator = NonNullable<StartOverview['coordinator']>;

export function CoordinatorOverview({ overview }: { overview: Coordinator }) {
  const t = useT();
  const { openRounds, drafts, returned, submitted } = overview;
  return (
    <div className="kl-cards">
      <ListCard heading={t('start.work.openRounds')} empty={t('start.work.noOpenRounds')} count={openRounds.length}>
        {openRounds.map((r) => (
          <li key={r.id}>
            <To to={roundPath(r.id)}>{r.title}</To>
            <Paragraph data-size="sm">
              {r.officeName}. {t('start.work.deadline', { when: formatLocal(r.deadlineLocal) })}
            </Paragraph>
            <ul className="kl-link-list">
              {r.partnerships.map((p) => (
                <li key={p.id}>
                  {p.extendedUntilLocal && (
                    <Paragraph data-size="sm">{t('start.work.extendedUntil', { partnership: p.name, when: formatLocal(p.extendedUntilLocal) })}</Paragraph>
                  )}
                  {p.applicationId ? (
                    <To to={applicationPath(p.applicationId)}>{t('start.work.openApplication', { partnership: p.name })}</To>
                  ) : (
                    <To to="/behovsmeldinger/ny">{t('start.work.startApplication', { partnership: p.name })}</To>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ListCard>
      <ListCard heading={t('start.work.drafts')} empty={t('start.work.noDrafts')} count={drafts.length}>
        {drafts.map((a) => (
          <li key={a.id}>
            <ApplicationLink app={a} />
            <Paragraph data-size="sm">{t('start.work.deadline', { when: formatLocal(a.deadlineLocal) })}</Paragraph>
          </li>
        ))}
      </ListCard>
      <ListCard heading={t('start.work.returned')} empty={t('start.work.noReturned')} count={returned.length}>
        {returned.map((a) => (
          <li key={a.id}>
            <ApplicationLink app={a} />
            <Paragraph data-size="sm">{t('start.work.returnedBy', { name: a.returnedByName ?? '', when: formatDateTime(a.returnedAt) })}</Paragraph>
            {a.returnMessage && <blockquote>{a.returnMessage}</blockquote>}
            {a.resubmitUntilLocal && <Paragraph data-size="sm">{t('start.work.resubmitUntil', { when: formatLocal(a.resubmitUntilLocal) })}</Paragraph>}
          </li>
        ))}
      </ListCard>
      <ListCard heading={t('start.work.submitted')} empty={t('start.work.noSubmitted')} count={submitted.length}>
        {submitted.map((a) => (
          <li key={a.id}>
            <ApplicationLink app={a} />
            <Paragraph data-size="sm">{t('start.work.submittedAt', { number: a.documentNumber ?? '', when: formatDateTime(a.submittedAt) })}</Paragraph>
          </li>
        ))}
      </ListCard>
    </div>
  );
}

/** The round's title names a coordinator's application; the partnership follows (a coordinator may have several). */
function ApplicationLink({ app }: { app: StartApplication }) {
  return (
    <>
      <To to={applicationPath(app.id)}>{app.roundTitle}</To>
      <Paragraph data-size="sm">{app.partnershipName}</Paragraph>
    </>
  );
}
