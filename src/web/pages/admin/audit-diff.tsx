// The changes of one audit row, folded in a Details element so the table stays scannable. Before and after are
// told apart by text for screen readers, not only by colour and strike-through.
import { Details } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/i18n-context.tsx';
import { auditChanges } from './audit-changes.ts';

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <>{t('audit.noChanges')}</>;
  return (
    <Details data-size="sm">
      <Details.Summary>{t('audit.showChanges', { count: changes.length })}</Details.Summary>
      <Details.Content>
        <ul className="kl-diff">
          {changes.map((c) => (
            <li key={c.field}>
              {c.field && <span className="kl-diff-field">{c.field}: </span>}
              <del className="kl-diff-before">
                <span className="ds-sr-only">{t('audit.before')} </span>
                {c.before || '–'}
              </del>{' '}
              <span aria-hidden="true">→</span>{' '}
              <ins className="kl-diff-after">
                <span className="ds-sr-only">{t('audit.after')} </span>
                {c.after || '–'}
              </ins>
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}
