// `/behovsmeldinger/:id`: one behovsmelding at a glance — what it is, its deadline and status, the return message
// when it was sent back, the steps with their live status, and its submissions with downloads.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { Link as RouterLink } from 'react-router';
import { DetailList } from '../../../components/detail-list.tsx';
import { loadLazyTexts } from '../../../i18n/catalogs.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { ApplicationActions, resubmitByText } from './application-actions.tsx';
import { ApplicationFrame } from './application-frame.tsx';
import { ForumOutcome } from './forum-outcome.tsx';
import { formatLocalDeadline } from './local-time-text.ts';
import { StatusTag } from './status-tag.tsx';
import { StepNav } from './step-nav.tsx';
import { stepPath } from './steps.ts';
import { SubmissionsSection } from './submissions-table.tsx';

// The decision as the partnership sees it (issue 14) is the tilsagn module's: its code and texts load only here, when
// the page is shown, so the behovsmelding pages do not carry them.
const ApplicationDecision = lazy(() =>
  loadLazyTexts()
    .then(() => import('../../tilsagn/application-decision.tsx'))
    .then((m) => ({ default: m.ApplicationDecision })),
);

export function ApplicationOverviewPage() {
  const t = useT();
  return (
    <ApplicationFrame title="page.bmApplication" steps={false} heading={(a) => t('bm.overview.heading', { partnership: a.partnership.name })}>
      {({ application: a, editable, reload }) => (
        <>
          {a.status === 'returnert' && a.returnMessage && (
            <Alert data-color="warning" className="kl-block">
              <Heading level={2} data-size="xs">
                {t('bm.overview.returned')}
              </Heading>
              <Paragraph className="bm-pre-line">{a.returnMessage}</Paragraph>
              <Paragraph data-size="sm">{t('bm.overview.returnedBy', { name: a.returnedByName ?? '', time: formatDateTime(a.returnedAt) })}</Paragraph>
              {resubmitByText(a, t) && <Paragraph>{resubmitByText(a, t)}</Paragraph>}
            </Alert>
          )}
          {a.status === 'utkast' && a.withdrawnAt && (
            <Alert data-color="info" className="kl-block">
              <Paragraph>{t('bm.overview.withdrawnBy', { name: a.withdrawnByName ?? '', time: formatDateTime(a.withdrawnAt) })}</Paragraph>
            </Alert>
          )}
          <DetailList
            items={[
              { label: t('bm.overview.round'), value: a.round.title },
              { label: t('field.office'), value: a.round.officeName },
              { label: t('bm.overview.partnership'), value: a.partnership.name },
              { label: t('field.status'), value: <StatusTag status={a.status} /> },
              { label: t('bm.overview.deadline'), value: formatLocalDeadline(a.round.deadlineLocal, t) },
              ...(a.deadline.extendedUntilLocal ? [{ label: t('bm.overview.extendedUntil'), value: formatLocalDeadline(a.deadline.extendedUntilLocal, t) }] : []),
              ...(a.status === 'returnert' && a.deadline.resubmitUntilLocal
                ? [{ label: t('bm.overview.resubmitUntil'), value: formatLocalDeadline(a.deadline.resubmitUntilLocal, t) }]
                : []),
              { label: t('bm.overview.documentNumber'), value: a.submissions.at(-1)?.documentNumber ?? '' },
            ]}
          />
          {editable && !a.deadline.onTimeNow && (
            <Alert data-color="warning" className="kl-block">
              <Paragraph>{t('bm.overview.deadlinePassed')}</Paragraph>
            </Alert>
          )}
          <section aria-labelledby="bm-steps-heading" className="kl-section">
            <Heading level={2} data-size="sm" id="bm-steps-heading">
              {t('bm.overview.steps')}
            </Heading>
            <StepNav detailed />
          </section>
          <div className="kl-actions kl-block">
            <Button asChild>
              <RouterLink to={stepPath(a.id, editable ? 'seksjon-1' : 'oppsummering')}>{t(editable ? 'bm.overview.start' : 'bm.overview.toSummary')}</RouterLink>
            </Button>
            <Button asChild variant="secondary">
              <RouterLink to={stepPath(a.id, 'historikk')}>{t('page.bmHistory')}</RouterLink>
            </Button>
          </div>
          <ForumOutcome application={a} />
          <Suspense fallback={null}>
            <ApplicationDecision applicationId={a.id} />
          </Suspense>
          <ApplicationActions application={a} onChanged={reload} />
          <SubmissionsSection id={a.id} submissions={a.submissions} />
        </>
      )}
    </ApplicationFrame>
  );
}
