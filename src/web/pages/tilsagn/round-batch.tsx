// One approval list of a round (issue 14, point 1; ADR 026): its state and who took each step, the budsjettdisponent's
// message when it was sent back, its decisions, and the next step `allowed` offers — "Send til godkjenning" for the
// case officers, "Godkjenn" or "Send tilbake" for a budsjettdisponent who had no hand in it, "Utsted vedtaksbrev"
// once approved. After a step the list's heading takes focus, since the button pressed is gone.
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import type { RoundVedtakAnswer, VedtakBatchOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList, type Detail } from '../../components/detail-list.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { useRoundAction } from './round-action.ts';
import { RoundDecisionsTable } from './round-decisions-table.tsx';
import { BATCH_KIND_LABEL, DECISION_STATE_COLOR, DECISION_STATE_LABEL } from './round-labels.ts';
import { RoundReportDueForm } from './round-report-due.tsx';
import { RoundReturnForm } from './round-return-form.tsx';
import { formatLocalDate } from './round-values.ts';

type Props = {
  batch: VedtakBatchOut;
  /** Its place among the round's lists (1: the round's decisions; later: endringsvedtak). */
  number: number;
  /** The round's `issue` verb: the letters go out per list, but who may issue is the round's. */
  mayIssue: boolean;
  onChanged: (answer: RoundVedtakAnswer) => void;
  /** Asks for the round again (issuing answers with the letters, not the round). */
  onReload: () => Promise<void>;
};

export function RoundBatch({ batch, number, mayIssue, onChanged, onReload }: Props) {
  const t = useT();
  const { announce } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const { failure, busy, run } = useRoundAction();
  const kind = t(BATCH_KIND_LABEL[batch.kind]);
  const headingId = `batch-${batch.id}`;
  const step = async (call: () => Promise<void>, done: string) => {
    if (await run(call)) {
      announce(done);
      heading.current?.focus();
    }
  };
  const expectedVersion = batch.version;
  const submit = () => step(async () => onChanged(await tilsagnApi.submitVedtakBatch({ params: { id: batch.id }, body: { expectedVersion } })), t('tilsagn.round.submitted'));
  const approve = () => step(async () => onChanged(await tilsagnApi.approveVedtakBatch({ params: { id: batch.id }, body: { expectedVersion } })), t('tilsagn.round.approved'));
  const issue = () =>
    step(async () => {
      await tilsagnApi.issueVedtakBatch({ params: { id: batch.id } });
      await onReload();
    }, t('tilsagn.round.issued'));
  const mayApprove = batch.allowed.includes('approve');
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading level={2} data-size="sm" id={headingId} ref={heading} tabIndex={-1}>
        {t('tilsagn.round.batchHeading', { number, kind })}
      </Heading>
      <DetailList items={details(t, batch)} />
      <RoundDecisionsTable batch={batch} caption={t('tilsagn.round.batchCaption', { number, kind, count: batch.decisions.length })} />
      {batch.allowed.includes('edit') && <RoundReportDueForm batch={batch} onSaved={onChanged} />}
      {failure && <ApiErrorAlert error={failure} />}
      {batch.allowed.includes('submit') && (
        <Step help={t('tilsagn.round.submitHelp')} label={t('tilsagn.round.submit')} busy={busy} onClick={submit} />
      )}
      {batch.state === 'til-godkjenning' && !mayApprove && <Paragraph>{t('tilsagn.round.awaitingApproval')}</Paragraph>}
      {mayApprove && <Step help={t('tilsagn.round.approveHelp')} label={t('tilsagn.round.approve')} busy={busy} onClick={approve} />}
      {batch.allowed.includes('return') && (
        <RoundReturnForm
          batch={batch}
          onReturned={(answer) => {
            onChanged(answer);
            announce(t('tilsagn.round.returned'));
            heading.current?.focus();
          }}
        />
      )}
      {batch.state === 'godkjent' && mayIssue && <Step help={t('tilsagn.round.issueHelp')} label={t('tilsagn.round.issue')} busy={busy} onClick={issue} />}
    </section>
  );
}

function Step({ help, label, busy, onClick }: { help: string; label: string; busy: boolean; onClick: () => Promise<void> }) {
  return (
    <div className="kl-block">
      <Paragraph>{help}</Paragraph>
      <div className="kl-actions">
        <Button type="button" onClick={() => void onClick()} loading={busy} aria-disabled={busy || undefined}>
          {label}
        </Button>
      </div>
    </div>
  );
}

/** The list's state, each step taken and by whom, and the message it was sent back with. */
function details(t: TFunction, b: VedtakBatchOut): Detail[] {
  const by = (at: string | null, name: string | null) => (at ? t('tilsagn.round.byWhom', { when: formatDateTime(at), name: name ?? '' }) : null);
  const items: Detail[] = [
    {
      label: t('tilsagn.round.state'),
      value: (
        <Tag data-color={DECISION_STATE_COLOR[b.state]} data-size="sm">
          {t(DECISION_STATE_LABEL[b.state])}
        </Tag>
      ),
    },
  ];
  items.push({ label: t('tilsagn.round.reportDue'), value: b.reportDueLocal ? formatLocalDate(b.reportDueLocal) : t('tilsagn.round.reportDueUnset') });
  const submitted = by(b.submittedAt, b.submittedByName);
  if (submitted) items.push({ label: t('tilsagn.round.submittedAt'), value: submitted });
  const approved = by(b.approvedAt, b.approvedByName);
  if (approved) items.push({ label: t('tilsagn.round.approvedAt'), value: approved });
  const issued = by(b.issuedAt, b.issuedByName);
  if (issued) items.push({ label: t('tilsagn.round.issuedAt'), value: issued });
  if (b.returnMessage) items.push({ label: t('tilsagn.round.returnMessageShown'), value: <span className="kl-pre-line">{b.returnMessage}</span> });
  return items;
}
