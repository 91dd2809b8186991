// `/behovsmeldinger/:id/oppsummering`: every error (to fix before submitting) and every warning (for the office
// to judge), each linking to its field; what is asked for per part and per office; and "Send inn".
import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { ApplicationFrame } from './application-frame.tsx';
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
        return (
          <>
            <IssueList id={application.id} issues={errors} headingId="bm-errors" heading={t('bm.summary.errors', { count: errors.length })} none={t('bm.summary.noErrors')} />
            <IssueList id={application.id} issues={warnings} headingId="bm-warnings" heading={t('bm.summary.warnings', { count: warnings.length })} none={t('bm.summary.noWarnings')} />
            <TotalsSection totals={validation.totals} officeName={application.round.officeName} />
            {editable && application.allowed.includes('submit') ? <SubmitPanel /> : <Paragraph className="kl-section">{t('bm.summary.cannotSubmit')}</Paragraph>}
            <StepPager slug="oppsummering" />
          </>
        );
      }}
    </ApplicationFrame>
  );
}
