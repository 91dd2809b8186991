// Under the heading of every page of a behovsmelding: which partnership and round it is, its status and deadline.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { formatLocalDeadline } from './local-time-text.ts';
import { StatusTag } from './status-tag.tsx';
import { applicationPath } from './steps.ts';

export function ApplicationLead() {
  const t = useT();
  const { application: a } = useApplicationForm();
  const deadline = formatLocalDeadline(a.deadline.extendedUntilLocal ?? a.round.deadlineLocal, t);
  return (
    <Paragraph className="bm-lead">
      <Link asChild>
        <RouterLink to={applicationPath(a.id)}>{t('bm.lead.application', { partnership: a.partnership.name, round: a.round.title })}</RouterLink>
      </Link>{' '}
      <StatusTag status={a.status} />{' '}
      <span className="kl-muted">{t(a.deadline.extendedUntilLocal ? 'bm.lead.extendedDeadline' : 'bm.lead.deadline', { deadline })}</span>
    </Paragraph>
  );
}
