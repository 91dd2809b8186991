// Validation issues shown at a group (errors in red, warnings in yellow with the difference in kroner). Kept out of
// <fieldset> children on purpose: a message directly in a fieldset marks every input in it invalid (ds-field). Messages
// of the live budget computation are message tokens, said here in the UI language.
import { ValidationMessage } from '@digdir/designsystemet-react';
import { differenceToShow } from '../../../../domain/behovsmelding/budget-issue.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useMessage, useT } from '../../../i18n/i18n-context.tsx';
import type { Issue } from './issues.ts';

export function IssueMessages({ issues, id }: { issues: readonly Issue[]; id?: string }) {
  const t = useT();
  const message = useMessage();
  if (issues.length === 0) return null;
  return (
    <div className="bm-issues" id={id}>
      {issues.map((i) => (
        <ValidationMessage key={`${i.path}|${i.message}`} data-color={i.severity === 'warning' ? 'warning' : 'danger'}>
          {i.severity === 'warning' ? `${t('bm.issue.warning')}: ` : ''}
          {message(i.message)}
          {i.severity === 'warning' && differenceToShow(i) !== null && ` ${t('bm.issue.difference', { amount: formatMoney(differenceToShow(i)!) })}`}
        </ValidationMessage>
      ))}
    </div>
  );
}
