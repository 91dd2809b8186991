// The round's payment batches (issue 15, point 1; ADR 027): each with its state, line count and total, linking to the
// batch's page; and, where `allowed` lists prepare-batch, "Ny utbetalingsbunt" — a table of the plan lines that may be
// paid now, each with a checkbox and an amount (the payable rest by default; a smaller amount is a part payment).
// Lines that cannot be paid yet are listed with the server's reason. A new batch opens on its own page.
import { Button, Fieldset, Heading, Paragraph, Table, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { RoundPaymentBatchesAnswer } from '../../../domain/utbetaling/batch-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { CheckboxField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { BATCH_STATE_COLOR, BATCH_STATE_LABEL } from './batch-labels.ts';
import { amountField, batchFormTotal, batchFormValues, batchItems, isPayable, ZBatchFormValues, type BatchFormValues, type PayableLine } from './batch-values.ts';

export function RoundBatches({ roundId }: { roundId: string }) {
  const t = useT();
  const { data, error } = useCall(utbetalingApi.listPaymentBatches, { params: { roundId } });
  return (
    <>
      <section aria-labelledby="round-batches" className="kl-section">
        <Heading level={2} data-size="sm" id="round-batches">
          {t('utbetaling.batch.listHeading')}
        </Heading>
        {error && <ApiErrorAlert error={error} />}
        {!data && !error && <Loading />}
        {data && <BatchesTable answer={data} />}
      </section>
      {data && <NewBatch answer={data} />}
    </>
  );
}

function BatchesTable({ answer }: { answer: RoundPaymentBatchesAnswer }) {
  const t = useT();
  if (answer.batches.length === 0) return <Paragraph>{t('utbetaling.batch.none')}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('utbetaling.batch.listCaption', { count: answer.batches.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('utbetaling.batch.col.batch')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.state')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.items')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.total')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.prepared')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {answer.batches.map((b, i) => (
            <Table.Row key={b.id}>
              <Table.HeaderCell scope="row">
                <RowLink to={`/utbetaling/bunter/${b.id}`}>{t('utbetaling.batch.name', { number: i + 1 })}</RowLink>
              </Table.HeaderCell>
              <Table.Cell>
                <Tag data-color={BATCH_STATE_COLOR[b.state]} data-size="sm">
                  {t(BATCH_STATE_LABEL[b.state])}
                </Tag>
              </Table.Cell>
              <Table.Cell className="kl-num">{b.itemCount}</Table.Cell>
              <Table.Cell className="kl-num">{formatMoney(b.totalKr)}</Table.Cell>
              <Table.Cell>{t('utbetaling.batch.byWhom', { when: formatDateTime(b.createdAt), name: b.preparedByName })}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** "Ny utbetalingsbunt" where the actor may prepare one; the blocked lines are listed with why, whoever reads. */
function NewBatch({ answer }: { answer: RoundPaymentBatchesAnswer }) {
  const t = useT();
  const payable = answer.lines.filter(isPayable);
  const blocked = answer.lines.filter((l) => l.blockedReason !== null);
  const mayPrepare = answer.allowed.includes('prepare-batch');
  if (!mayPrepare && blocked.length === 0) return null;
  return (
    <section aria-labelledby="new-batch" className="kl-section">
      <Heading level={2} data-size="sm" id="new-batch">
        {t('utbetaling.batch.newHeading')}
      </Heading>
      {mayPrepare && (payable.length === 0 ? <Paragraph>{t('utbetaling.batch.nothingPayable')}</Paragraph> : <NewBatchForm roundId={answer.round.id} lines={payable} />)}
      {blocked.length > 0 && <BlockedLines lines={blocked} />}
    </section>
  );
}

function NewBatchForm({ roundId, lines }: { roundId: string; lines: PayableLine[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const initial = useMemo(() => batchFormValues(lines), [lines]);
  const form = useForm<BatchFormValues, BatchFormValues, BatchFormValues>({
    initial,
    // The checks run on the rows as typed (an unreadable amount has no item to check); the body is made on sending.
    schema: ZBatchFormValues,
    rules: (v) => batchItems(v, lines).errors,
    onSubmit: async (v) => {
      const detail = await utbetalingApi.createPaymentBatch({ params: { roundId }, body: { items: batchItems(v, lines).items } });
      const to = `/utbetaling/bunter/${detail.batch.id}`;
      announce(t('utbetaling.batch.created', { total: formatMoney(detail.batch.totalKr) }), to);
      navigate(to);
    },
  });
  const setRow = (lineId: string, patch: Partial<BatchFormValues[string]>) => form.set(lineId, { ...form.values[lineId]!, ...patch });
  const total = batchFormTotal(form.values);
  return (
    <FormFrame form={form} label={t('utbetaling.batch.newHeading')}>
      <Fieldset id={fieldId('items')}>
        <Fieldset.Legend>{t('utbetaling.batch.linesLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('utbetaling.batch.linesHelp')}</Fieldset.Description>
        <TableScroll>
          <Table className="kl-table">
            <caption>{t('utbetaling.batch.payableCaption', { count: lines.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('utbetaling.batch.col.line')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.amount')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.paidOrInBatches')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.rest')}</Table.HeaderCell>
                <Table.HeaderCell>{t('utbetaling.batch.col.include')}</Table.HeaderCell>
                <Table.HeaderCell>{t('utbetaling.batch.col.payNow')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {lines.map((l) => {
                const row = form.values[l.lineId]!;
                return (
                  <Table.Row key={l.lineId}>
                    <Table.HeaderCell scope="row">{l.label}</Table.HeaderCell>
                    <Table.Cell className="kl-num">{formatMoney(l.amountKr - l.offsetKr)}</Table.Cell>
                    <Table.Cell className="kl-num">{formatMoney(l.paidKr + l.inBatchesKr)}</Table.Cell>
                    <Table.Cell className="kl-num">{formatMoney(l.payableRestKr)}</Table.Cell>
                    <Table.Cell>
                      <CheckboxField name={`include.${l.lineId}`} label={t('utbetaling.batch.includeLine', { line: l.label })} checked={row.selected} onChange={(v) => setRow(l.lineId, { selected: v })} />
                    </Table.Cell>
                    <Table.Cell>
                      <TextField
                        name={amountField(l.lineId)}
                        label={t('utbetaling.batch.amountLine', { line: l.label })}
                        inputMode="numeric"
                        autoComplete="off"
                        value={row.amount}
                        error={form.errorFor(amountField(l.lineId))}
                        onChange={(v) => setRow(l.lineId, { amount: v })}
                      />
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
        {form.errorFor('items') && <ValidationMessage>{form.errorFor('items')}</ValidationMessage>}
      </Fieldset>
      <Paragraph>{t('utbetaling.batch.selectedTotal', { total: formatMoney(total) })}</Paragraph>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('utbetaling.batch.create')}
        </Button>
      </div>
    </FormFrame>
  );
}

function BlockedLines({ lines }: { lines: PayableLine[] }) {
  const t = useT();
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('utbetaling.batch.blockedCaption', { count: lines.length })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('utbetaling.batch.col.line')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.rest')}</Table.HeaderCell>
            <Table.HeaderCell>{t('utbetaling.batch.col.reason')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {lines.map((l) => (
            <Table.Row key={l.lineId}>
              <Table.HeaderCell scope="row">{l.label}</Table.HeaderCell>
              <Table.Cell className="kl-num">{formatMoney(l.payableRestKr)}</Table.Cell>
              <Table.Cell>{l.blockedReason}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
