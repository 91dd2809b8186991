// "Lagret 12:04": the autosave status of the form, kept in view. Only settled states go to the live region
// (saved, not saved, conflicts) so a screen reader is not told "Lagrer …" at every pause in typing.
import { Paragraph } from '@digdir/designsystemet-react';
import { formatTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { isDirty } from '../../../forms/co-editing/fields-reducer.ts';
import { useApplicationForm } from './application-context.ts';

export function SaveStatus() {
  const t = useT();
  const { state } = useApplicationForm().fields;
  const entries = Object.values(state.fields);
  const conflicts = entries.filter((e) => e.conflict).length;
  const failed = entries.filter((e) => e.error && !e.conflict).length;
  const pending = entries.some((e) => e.inFlight || isDirty(e));
  const settled =
    conflicts > 0
      ? t('bm.save.conflicts', { count: conflicts })
      : failed > 0
        ? t('bm.save.failed', { count: failed })
        : !pending && state.lastSavedAt
          ? t('bm.save.saved', { time: formatTime(state.lastSavedAt) })
          : '';
  return (
    <div className="bm-save-status">
      <Paragraph data-size="sm" role="status" aria-live="polite" aria-atomic="true" className={conflicts + failed > 0 ? 'bm-save-problem' : undefined}>
        {settled}
      </Paragraph>
      {pending && conflicts + failed === 0 && (
        <Paragraph data-size="sm" aria-hidden="true" className="kl-muted">
          {t('bm.save.saving')}
        </Paragraph>
      )}
    </div>
  );
}
