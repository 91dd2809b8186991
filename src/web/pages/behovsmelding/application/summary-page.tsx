// `/behovsmeldinger/:id/oppsummering`: every error (to fix before submitting) and every warning (for the office
// to judge), each linking to its field; what is asked for per part and per office; the whole application to read as
// a PDF marked UTKAST (issue 12, point 7); and "Send inn".
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { resubmitByText } from './application-actions.tsx';
import { ApplicationFrame } from './application-frame.tsx';
import { exportUrl } from './export-links.tsx';
import { IssueList } from './issue-list.tsx';
import { errorsIn, warningsIn } from './issues.ts';
import { StepPager } from './step-pager.tsx';
import { SubmitPanel } from './submit-panel.tsx';
import { TotalsSection } from './totals-table.tsx';

export function SummaryPage() {
  const t = useT();
  return (
    <ApplicationFrame title="page.bmSummary" step="oppsummering">
      {({ application, validation, editable }) => {
        const errors = errorsIn(validation.issues);
        const warnings = warningsIn(validation.issues);
        const resubmitBy = resubmitByText(application, t);
        return (
          <>
            {resubmitBy && (
              <Alert data-color="info" className="kl-block">
                <Paragraph>{resubmitBy}</Paragraph>
              </Alert>
            )}
            <IssueList id={application.id} issues={errors} headingId="bm-errors" heading={t('bm.summary.errors', { count: errors.length })} none={t('bm.summary.noErrors')} />
            <IssueList id={application.id} issues={warnings} headingId="bm-warnings" heading={t('bm.summary.warnings', { count: warnings.length })} none={t('bm.summary.noWarnings')} />
            <TotalsSection totals={validation.totals} officeName={application.round.officeName} />
            {/* Only while it can still be sent in: a submission's own PDF is on the application's page. */}
            {editable && (
              <section aria-labelledby="bm-read" className="kl-section">
                <Heading level={2} data-size="sm" id="bm-read">
                  {t('bm.summary.readHeading')}
                </Heading>
                <Paragraph>{t('bm.summary.readIntro')}</Paragraph>
                <Paragraph>
                  <Link href={exportUrl(application.id, 'pdf', true)} download>
                    {t('bm.export.draftPdf')}
                  </Link>
                </Paragraph>
              </section>
            )}
            {editable && application.allowed.includes('submit') ? <SubmitPanel /> : <Paragraph className="kl-section">{t('bm.summary.cannotSubmit')}</Paragraph>}
            <StepPager slug="oppsummering" />
          </>
        );
      }}
    </ApplicationFrame>
  );
}
