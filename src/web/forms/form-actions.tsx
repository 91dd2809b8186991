// The buttons at the end of a form: save (showing progress) and cancel back to where the user came from.
import { Button, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';

export function FormActions({ submitting, submitLabel, cancelTo }: { submitting: boolean; submitLabel: string; cancelTo: string }) {
  const t = useT();
  return (
    <div className="kl-actions">
      <Button type="submit" loading={submitting} aria-disabled={submitting || undefined}>
        {submitLabel}
      </Button>
      <Link asChild>
        <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
      </Link>
    </div>
  );
}
