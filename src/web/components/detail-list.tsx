// Label–value pairs of a record as a description list (read in order by screen readers, no table needed).
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

export type Detail = { label: string; value: ReactNode };

export function DetailList({ items }: { items: Detail[] }) {
  const t = useT();
  return (
    <dl className="kl-details">
      {items.map((item) => (
        <div key={item.label} className="kl-detail">
          <dt>{item.label}</dt>
          <dd>{item.value === null || item.value === undefined || item.value === '' ? t('common.notGiven') : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
