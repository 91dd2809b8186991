// The payment batch's two small forms (issue 15, point 1; ADR 027): "Send tilbake" — the budsjettdisponent sends the
// batch back to the case officers with a message saying what to correct (required: a batch sent back without a word
// says nothing) — and "Registrer utbetalt" — the Oslo date the finance system paid it, which sends each recipient
// the payment notice. The server refuses a date after today, on the field.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { ZMarkPaymentBatchPaidInput, ZReturnPaymentBatchInput, type PaymentBatchDetail } from '../../../domain/utbetaling/batch-contract.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { paidOnErrors, returnMessageErrors } from './batch-values.ts';

type Batch = PaymentBatchDetail['batch'];
type ReturnBody = z.output<typeof ZReturnPaymentBatchInput>;
type PaidBody = z.output<typeof ZMarkPaymentBatchPaidInput>;

export function BatchReturnForm({ batch, onReturned }: { batch: Batch; onReturned: (next: PaymentBatchDetail) => void }) {
  const t = useT();
  const prefix = `return-${batch.id}`;
  const form = useForm<{ message: string }, ReturnBody, ReturnBody>({
    initial: { message: '' },
    toBody: (v) => ({ expectedVersion: batch.version, message: v.message.trim() }),
    schema: ZReturnPaymentBatchInput,
    rules: (body) => returnMessageErrors(body.message),
    fieldPrefix: prefix,
    onSubmit: async (body) => onReturned(await utbetalingApi.returnPaymentBatch({ params: { id: batch.id }, body })),
  });
  return (
    <FormFrame form={form} label={t('utbetaling.batch.returnLegend')}>
      <Fieldset>
        <Fieldset.Legend>{t('utbetaling.batch.returnLegend')}</Fieldset.Legend>
        <TextField
          name={`${prefix}.message`}
          label={t('utbetaling.batch.returnMessage')}
          description={t('utbetaling.batch.returnHelp')}
          required
          multiline
          value={form.values.message}
          error={form.errorFor(`${prefix}.message`)}
          onChange={(v) => form.set('message', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('utbetaling.batch.return')}
        </Button>
      </div>
    </FormFrame>
  );
}

export function BatchPaidForm({ batch, onPaid }: { batch: Batch; onPaid: (next: PaymentBatchDetail) => void }) {
  const t = useT();
  const prefix = `paid-${batch.id}`;
  const form = useForm<{ paidOnLocal: string }, PaidBody, PaidBody>({
    initial: { paidOnLocal: '' },
    toBody: (v) => ({ expectedVersion: batch.version, paidOnLocal: v.paidOnLocal.trim() }),
    schema: ZMarkPaymentBatchPaidInput,
    rules: (body) => paidOnErrors(body.paidOnLocal),
    fieldPrefix: prefix,
    onSubmit: async (body) => onPaid(await utbetalingApi.markPaymentBatchPaid({ params: { id: batch.id }, body })),
  });
  return (
    <FormFrame form={form} label={t('utbetaling.batch.paidLegend')}>
      <Fieldset>
        <Fieldset.Legend>{t('utbetaling.batch.paidLegend')}</Fieldset.Legend>
        <TextField
          name={`${prefix}.paidOnLocal`}
          type="date"
          label={t('utbetaling.batch.paidOnLabel')}
          description={t('utbetaling.batch.paidOnHelp')}
          required
          value={form.values.paidOnLocal}
          error={form.errorFor(`${prefix}.paidOnLocal`)}
          onChange={(v) => form.set('paidOnLocal', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('utbetaling.batch.markPaid')}
        </Button>
      </div>
    </FormFrame>
  );
}
