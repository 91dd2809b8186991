// Around every field of the form: its editor, the issues no input of it shows, a failed save, and the conflict
// panel when someone else saved it meanwhile.
import { ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { ConflictPanel } from '../../../forms/co-editing/conflict-panel.tsx';
import { IssueMessages } from './issue-messages.tsx';
import type { Issue } from './issues.ts';
import type { FieldHandle } from './use-field.ts';

export function FieldShell({ field, rest = [], children }: { field: FieldHandle; rest?: readonly Issue[]; children: ReactNode }) {
  const t = useT();
  const { fields } = useApplicationForm();
  const { entry } = field;
  return (
    <div className="bm-field">
      {children}
      <IssueMessages issues={rest} />
      {entry?.error && !entry.conflict && (
        <ValidationMessage>{entry.error.message ? t('bm.save.notSavedBecause', { message: entry.error.message }) : t('bm.save.notSavedRetry')}</ValidationMessage>
      )}
      {entry?.conflict && (
        <ConflictPanel
          texts="bm.conflict"
          label={field.label}
          mine={entry.value}
          theirs={entry.conflict}
          onKeepMine={() => fields.keepMine(field.key)}
          onTakeTheirs={() => fields.takeTheirs(field.key)}
        />
      )}
    </div>
  );
}
