// "Forrige" / "Neste" at the foot of each step page.
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { neighbours, stepPath, type StepSlug } from './steps.ts';

export function StepPager({ slug }: { slug: StepSlug }) {
  const t = useT();
  const { application } = useApplicationForm();
  const { previous, next } = neighbours(slug);
  return (
    <nav aria-label={t('bm.steps.pager')} className="bm-pager">
      {previous && (
        <Link asChild>
          <RouterLink to={stepPath(application.id, previous.slug)}>{t('bm.steps.previous', { step: t(previous.title) })}</RouterLink>
        </Link>
      )}
      {next && (
        <Link asChild>
          <RouterLink to={stepPath(application.id, next.slug)}>{t('bm.steps.next', { step: t(next.title) })}</RouterLink>
        </Link>
      )}
    </nav>
  );
}
