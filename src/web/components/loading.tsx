// A loading indicator with a text alternative.
import { Spinner } from '@digdir/designsystemet-react';
import { useT } from '../i18n/i18n-context.tsx';

export function Loading() {
  const t = useT();
  return (
    <div className="kl-loading">
      <Spinner aria-label={t('common.loading')} data-size="md" />
    </div>
  );
}
