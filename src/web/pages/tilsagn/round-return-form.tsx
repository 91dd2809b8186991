// "Send tilbake" (issue 14, point 1): the budsjettdisponent sends an approval list back to the case officers with a
// message saying what to correct; the list becomes a draft again and the message is shown with it.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { ZReturnBatchInput, type RoundVedtakAnswer, type VedtakBatchOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { returnBody, returnErrors } from './round-values.ts';

type Body = z.output<typeof ZReturnBatchInput>;

export function RoundReturnForm({ batch, onReturned }: { batch: VedtakBatchOut; onReturned: (answer: RoundVedtakAnswer) => void }) {
  const t = useT();
  const prefix = `return-${batch.id}`;
  const form = useForm<{ message: string }, Body, Body>({
    initial: { message: '' },
    toBody: (v) => ({ expectedVersion: batch.version, ...returnBody(v.message) }),
    schema: ZReturnBatchInput,
    rules: (body) => returnErrors(body, t('tilsagn.round.returnRequired')),
    fieldPrefix: prefix,
    onSubmit: async (body) => onReturned(await tilsagnApi.returnVedtakBatch({ params: { id: batch.id }, body })),
  });
  return (
    <FormFrame form={form} label={t('tilsagn.round.returnLegend')}>
      <Fieldset>
        <Fieldset.Legend>{t('tilsagn.round.returnLegend')}</Fieldset.Legend>
        <TextField
          name={`${prefix}.message`}
          label={t('tilsagn.round.returnMessage')}
          description={t('tilsagn.round.returnHelp')}
          required
          multiline
          value={form.values.message}
          error={form.errorFor(`${prefix}.message`)}
          onChange={(v) => form.set('message', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.round.return')}
        </Button>
      </div>
    </FormFrame>
  );
}
