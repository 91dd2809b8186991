// "Send inn": saves whatever is still being typed, then submits. Unresolved conflicts or failed saves stop it first
// (what is sent must be what the user sees). The server's refusals are shown in its own words: 400 lists the errors
// with links, 409 says the deadline has passed. On success the receipt page shows the document number. Before any
// of it, a dialog asks to confirm the round, deadline and amounts (submit-confirm-dialog.tsx).
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { SubmitResult } from '../../../types/behovsmelding.ts';
import { useApplicationForm } from './application-context.ts';
import { isDirty } from '../../../forms/co-editing/fields-reducer.ts';
import { partsOf } from './field-values.ts';
import { stepPath } from './steps.ts';
import { effectiveDeadlineLocal } from './application-actions.tsx';
import { SubmitConfirmDialog } from './submit-confirm-dialog.tsx';
import { SubmitErrorSummary } from './submit-error-summary.tsx';

export type ReceiptState = { result: SubmitResult };

export function SubmitPanel() {
  const t = useT();
  const navigate = useNavigate();
  const { application, fields, validation } = useApplicationForm();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const showsSummary = failure?.status === 400 && failure.fieldErrors.length > 0;
  useEffect(() => {
    if (attempt > 0 && (unsaved || (failure && !showsSummary))) alertRef.current?.focus();
  }, [attempt, unsaved, failure, showsSummary]);

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setFailure(null);
    setUnsaved(false);
    try {
      await fields.flushAll();
      // flushAll has settled every save; read the store's state after it, not this render's.
      const { state } = fields.current();
      if (Object.values(state.fields).some((e) => e.conflict || e.error || isDirty(e))) {
        setUnsaved(true);
        setAttempt((n) => n + 1);
        return;
      }
      const result = await behovsmeldingApi.submitApplication({ params: { id: application.id } });
      navigate(stepPath(application.id, 'kvittering'), { state: { result } satisfies ReceiptState });
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="bm-submit" className="kl-section">
      <Heading level={2} data-size="sm" id="bm-submit">
        {t('bm.submit.heading')}
      </Heading>
      {failure && showsSummary && (
        <SubmitErrorSummary id={application.id} errors={failure.fieldErrors} parts={partsOf(fields.values['parts'])} attempt={attempt} />
      )}
      <div ref={alertRef} tabIndex={-1}>
        {failure && !showsSummary && <ApiErrorAlert error={failure} heading={t('bm.submit.refused')} />}
        {unsaved && (
          <Alert data-color="danger" className="kl-block">
            <Paragraph>{t('bm.submit.unsaved')}</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph>{validation.canSubmit ? t('bm.submit.ready') : t('bm.submit.hasErrors')}</Paragraph>
      <Button type="button" onClick={() => setConfirming(true)} loading={submitting} aria-disabled={submitting || undefined}>
        {t('bm.submit.button')}
      </Button>
      <SubmitConfirmDialog
        open={confirming}
        confirmation={{
          roundTitle: application.round.title,
          officeName: application.round.officeName,
          // A return's window or an extension, when later than the round's own (issue 12).
          deadlineLocal: effectiveDeadlineLocal(application),
          totals: validation.totals,
        }}
        onConfirm={() => {
          setConfirming(false);
          void submit();
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
