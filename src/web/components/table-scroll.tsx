// Wide tables scroll sideways inside this box on narrow screens instead of widening the whole page (reflow).
// It can take focus so keyboard users can scroll it too.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

export function TableScroll({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="kl-table-scroll" tabIndex={0} role="group" aria-label={t('table.scrollable')}>
      {children}
    </div>
  );
}
