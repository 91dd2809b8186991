// The item editor of a draft payment batch (issue 15, point 1; PUT /api/utbetaling/batches/:id, the batch's `edit`):
// change an item's amount (a part payment) or untick it to take it out. Lines are added by a new batch from the
// round's page. The limit of each amount is what the item holds plus what remains of its line; the server checks
// it again, and a conflict (someone saved first) comes back in its words.
import { Button, Fieldset, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { PaymentBatchDetail } from '../../../domain/utbetaling/batch-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { CheckboxField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { amountField, batchFormTotal, batchItems, editorLines, editorValues, ZBatchFormValues, type BatchFormValues } from './batch-values.ts';

export function BatchItemsForm({ detail, onSaved }: { detail: PaymentBatchDetail; onSaved: (next: PaymentBatchDetail) => void }) {
  const t = useT();
  const { batch, items } = detail;
  // What remains of each line of the round (the limits); the form works without it, the server checks regardless.
  const { data } = useCall(utbetalingApi.listPaymentBatches, { params: { roundId: detail.round.id } });
  const restByLine = useMemo(() => (data ? new Map(data.lines.map((l) => [l.lineId, l.payableRestKr])) : null), [data]);
  const lines = useMemo(() => editorLines(items, restByLine), [items, restByLine]);
  const initial = useMemo(() => editorValues(items), [items]);
  const form = useForm<BatchFormValues, BatchFormValues, BatchFormValues>({
    initial,
    schema: ZBatchFormValues,
    rules: (v) => batchItems(v, lines).errors,
    fieldPrefix: 'edit',
    onSubmit: async (v) => onSaved(await utbetalingApi.updatePaymentBatch({ params: { id: batch.id }, body: { expectedVersion: batch.version, items: batchItems(v, lines).items } })),
  });
  const setRow = (lineId: string, patch: Partial<BatchFormValues[string]>) => form.set(lineId, { ...form.values[lineId]!, ...patch });
  return (
    <FormFrame form={form} label={t('utbetaling.batch.editLegend')}>
      <Fieldset id={fieldId('edit.items')}>
        <Fieldset.Legend>{t('utbetaling.batch.editLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('utbetaling.batch.editHelp')}</Fieldset.Description>
        <TableScroll>
          <Table className="kl-table">
            <caption>{t('utbetaling.batch.editCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('utbetaling.batch.col.line')}</Table.HeaderCell>
                <Table.HeaderCell className="kl-num">{t('utbetaling.batch.col.max')}</Table.HeaderCell>
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
                    <Table.Cell className="kl-num">{restByLine ? formatMoney(l.payableRestKr) : ''}</Table.Cell>
                    <Table.Cell>
                      <CheckboxField name={`edit.include.${l.lineId}`} label={t('utbetaling.batch.keepLine', { line: l.label })} checked={row.selected} onChange={(v) => setRow(l.lineId, { selected: v })} />
                    </Table.Cell>
                    <Table.Cell>
                      <TextField
                        name={`edit.${amountField(l.lineId)}`}
                        label={t('utbetaling.batch.amountLine', { line: l.label })}
                        inputMode="numeric"
                        autoComplete="off"
                        value={row.amount}
                        error={form.errorFor(`edit.${amountField(l.lineId)}`)}
                        onChange={(v) => setRow(l.lineId, { amount: v })}
                      />
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
        {form.errorFor('edit.items') && <ValidationMessage>{form.errorFor('edit.items')}</ValidationMessage>}
      </Fieldset>
      <Paragraph>{t('utbetaling.batch.selectedTotal', { total: formatMoney(batchFormTotal(form.values)) })}</Paragraph>
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('utbetaling.batch.saveItems')}
        </Button>
      </div>
    </FormFrame>
  );
}
