// The form's errors (or warnings) as links to where each is fixed: its step page, at its input.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { SECTION_NUMBERS, type TApplicationIssue } from '../../../../domain/behovsmelding/validate-application.ts';
import { differenceToShow } from '../../../../domain/behovsmelding/budget-issue.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useMessage, useT } from '../../../i18n/i18n-context.tsx';
import { issueHref, SECTION_STEPS } from './steps.ts';

export function IssueList({ id, issues, headingId, heading, none }: { id: string; issues: TApplicationIssue[]; headingId: string; heading: string; none: string }) {
  const t = useT();
  const message = useMessage();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {heading}
      </Heading>
      {issues.length === 0 && <Paragraph>{none}</Paragraph>}
      {SECTION_NUMBERS.map((section) => {
        const own = issues.filter((i) => i.section === section);
        if (own.length === 0) return null;
        return (
          <div key={section} className="bm-issue-group">
            <Heading level={3} data-size="2xs">
              {t(SECTION_STEPS[section - 1]!.title)}
            </Heading>
            <ul className="kl-link-list">
              {own.map((i) => (
                <li key={`${i.path}|${i.message}`}>
                  <Link asChild>
                    <RouterLink to={issueHref(id, i)}>{message(i.message)}</RouterLink>
                  </Link>
                  {i.severity === 'warning' && differenceToShow(i) !== null && (
                    <span className="kl-muted"> {t('bm.issue.difference', { amount: formatMoney(differenceToShow(i)!) })}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
