// The reporting deadline an approval list's tilsagn letters state (issue 14, point 3): set when the decisions are
// prepared (vedtak-batch.ts defaultReportDueLocal), changed here while the list is a draft (PUT /api/tilsagn/batches/:id,
// the list's `edit`). The server refuses a date before the decision day, on the field.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { ZUpdateBatchInput, type RoundVedtakAnswer, type VedtakBatchOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { reportDueErrors } from './round-values.ts';

type Body = z.output<typeof ZUpdateBatchInput>;

export function RoundReportDueForm({ batch, onSaved }: { batch: VedtakBatchOut; onSaved: (answer: RoundVedtakAnswer) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const prefix = `report-${batch.id}`;
  const form = useForm<{ reportDueLocal: string }, Body, Body>({
    initial: { reportDueLocal: batch.reportDueLocal ?? '' },
    toBody: (v) => ({ expectedVersion: batch.version, reportDueLocal: v.reportDueLocal.trim() }),
    schema: ZUpdateBatchInput,
    rules: (body) => reportDueErrors(body.reportDueLocal),
    fieldPrefix: prefix,
    onSubmit: async (body) => {
      onSaved(await tilsagnApi.updateVedtakBatch({ params: { id: batch.id }, body }));
      announce(t('tilsagn.round.reportDueSaved'));
    },
  });
  return (
    <FormFrame form={form} label={t('tilsagn.round.reportDueLegend')}>
      <Fieldset>
        <Fieldset.Legend>{t('tilsagn.round.reportDueLegend')}</Fieldset.Legend>
        <TextField
          name={`${prefix}.reportDueLocal`}
          type="date"
          label={t('tilsagn.round.reportDueLabel')}
          description={t('tilsagn.round.reportDueHelp')}
          required
          value={form.values.reportDueLocal}
          error={form.errorFor(`${prefix}.reportDueLocal`)}
          onChange={(v) => form.set('reportDueLocal', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.round.reportDueSave')}
        </Button>
      </div>
    </FormFrame>
  );
}
