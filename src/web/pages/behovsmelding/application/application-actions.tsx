// What one may do with a whole behovsmelding from its overview (issue 12): the office returns a submitted one for
// correction; the coordinator takes a submission back while the deadline still allows sending it again, or deletes
// a draft that was never submitted. Each is offered exactly when the server's `allowed` and the status say so (ADR
// 014), and the two that cannot be undone by a click ask first, in a dialog naming what happens.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiError } from '../../../api.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useT, type TFunction } from '../../../i18n/i18n-context.tsx';
import { useStatus } from '../../../layout/status-context.tsx';
import type { Application } from '../../../types/behovsmelding.ts';
import { formatLocalDeadline } from './local-time-text.ts';
import { applicationPath } from './steps.ts';

/** The deadline that applies to this application now: a return's window or an extension, when later than the
 * round's (the server decides; this only names it). */
export function effectiveDeadlineLocal(a: Pick<Application, 'round' | 'deadline'>): string {
  return [a.round.deadlineLocal, a.deadline.extendedUntilLocal, a.deadline.resubmitUntilLocal].filter((d): d is string => !!d).sort().at(-1)!;
}

/** "Send it again by …" for a returned application with a window: on the overview and the summary. */
export function resubmitByText(a: Pick<Application, 'status' | 'deadline'>, t: TFunction): string | null {
  return a.status === 'returnert' && a.deadline.resubmitUntilLocal ? t('bm.overview.resubmitBy', { when: formatLocalDeadline(a.deadline.resubmitUntilLocal, t) }) : null;
}

type Pending = 'withdraw' | 'delete' | null;

export function ApplicationActions({ application: a, onChanged }: { application: Application; onChanged: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const [asking, setAsking] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const canReturn = a.status === 'sendt' && a.allowed.includes('return');
  const canWithdraw = a.status === 'sendt' && a.allowed.includes('withdraw') && a.deadline.onTimeNow;
  const canDelete = a.status === 'utkast' && a.allowed.includes('delete') && a.submissions.length === 0;
  if (!canReturn && !canWithdraw && !canDelete) return null;

  const run = async (what: Exclude<Pending, null>) => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'withdraw') {
        await behovsmeldingApi.withdrawSubmission({ params: { id: a.id } });
        announce(t('bm.actions.withdrawn'));
        onChanged();
      } else {
        await behovsmeldingApi.deleteApplication({ params: { id: a.id } });
        announce(t('bm.actions.deleted'), '/behovsmeldinger');
        navigate('/behovsmeldinger');
      }
      setAsking(null);
    } catch (e) {
      setAsking(null);
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error && <ApiErrorAlert error={error} />}
      <div className="kl-actions kl-block">
        {canReturn && (
          <Button asChild variant="secondary">
            <RouterLink to={`${applicationPath(a.id)}/returner`}>{t('bm.overview.returnAction')}</RouterLink>
          </Button>
        )}
        {canWithdraw && (
          <Button type="button" variant="secondary" onClick={() => setAsking('withdraw')}>
            {t('bm.actions.withdraw')}
          </Button>
        )}
        {canDelete && (
          <Button type="button" variant="secondary" data-color="danger" onClick={() => setAsking('delete')}>
            {t('bm.actions.delete')}
          </Button>
        )}
      </div>
      <Dialog open={asking !== null} onClose={() => setAsking(null)} closeButton={false} aria-labelledby="bm-action-confirm-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="bm-action-confirm-heading">
            {t(asking === 'delete' ? 'bm.actions.deleteHeading' : 'bm.actions.withdrawHeading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>
            {asking === 'delete' ? t('bm.actions.deleteIntro') : t('bm.actions.withdrawIntro', { deadline: formatLocalDeadline(effectiveDeadlineLocal(a), t) })}
          </Paragraph>
        </Dialog.Block>
        <Dialog.Block>
          <div className="kl-actions">
            <Button type="button" loading={busy} data-color={asking === 'delete' ? 'danger' : undefined} onClick={() => asking && void run(asking)}>
              {t(asking === 'delete' ? 'bm.actions.deleteConfirm' : 'bm.actions.withdrawConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
