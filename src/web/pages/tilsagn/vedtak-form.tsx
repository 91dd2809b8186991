// The case officer edits one decision while its list is a draft (issue 14, point 1): tilsagn or avslag, the amount
// per year × recipient with the innstilling's beside it, the reasons, and the reason for deviating from the
// innstilling. The server decides what is required (a deviation's reason, the reasons of an avslag or a reduction)
// and its field errors come back on their fields; a conflict (someone saved first) says so and offers a reload.
import { Alert, Button, Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { VedtakDetail } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { amountCells, formDeviates, typedKr, updateBody, vedtakFormBody, vedtakFormSchema, vedtakValues, type AmountCell, type VedtakFormBody, type VedtakFormValues } from './vedtak-form-values.ts';

/** Mounted afresh for each version read (the page keys it), so it always starts from and saves against what was read. */
type Props = { detail: VedtakDetail; onSaved: () => void; onReload: () => void };

/** "Beløp 2026 – Harstad kommune": unique per input, and what the browser test fills. */
export const amountLabel = (t: TFunction, c: Pick<AmountCell, 'year' | 'name'>) => t('tilsagn.vedtak.amountLabel', { year: c.year, name: c.name });

export function VedtakForm({ detail, onSaved, onReload }: Props) {
  const t = useT();
  const { announce } = useStatus();
  const cells = useMemo(() => amountCells(detail), [detail]);
  const schema = useMemo(
    () =>
      vedtakFormSchema(
        cells.map((c) => c.key),
        (key) => amountLabel(t, cells.find((c) => c.key === key)!),
      ),
    [cells, t],
  );
  const form = useForm<VedtakFormValues, VedtakFormBody>({
    initial: vedtakValues(detail),
    toBody: vedtakFormBody,
    schema,
    onSubmit: async (body) => {
      await tilsagnApi.updateVedtak({ params: { id: detail.vedtak.id }, body: updateBody(body, cells, detail.vedtak.version) });
      announce(t('tilsagn.vedtak.saved', { partnership: detail.vedtak.partnershipName }));
      onSaved();
    },
  });
  const { values, set } = form;
  const recommendedKind = detail.vedtak.recommended?.kind ?? null;
  const deviates = formDeviates(values, cells, recommendedKind);
  const conflict = form.failure?.status === 409;
  const setAmount = (key: string, text: string) => set('amounts', { ...values.amounts, [key]: text });
  const years = detail.years;

  return (
    <FormFrame form={form} label={t('tilsagn.vedtak.formLabel', { partnership: detail.vedtak.partnershipName })}>
      {conflict && (
        <Alert data-color="warning" className="kl-block">
          <Paragraph>{t('tilsagn.vedtak.conflict')}</Paragraph>
          <Button type="button" variant="secondary" onClick={onReload}>
            {t('tilsagn.vedtak.reload')}
          </Button>
        </Alert>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('tilsagn.vedtak.kind')}</Fieldset.Legend>
        {recommendedKind && <Fieldset.Description>{t('tilsagn.vedtak.recommendedKind', { kind: kindText(t, recommendedKind) })}</Fieldset.Description>}
        <Radio name="vedtak-kind" value="tilsagn" label={t('tilsagn.vedtak.kindTilsagn')} checked={values.kind === 'tilsagn'} onChange={() => set('kind', 'tilsagn')} />
        <Radio name="vedtak-kind" value="avslag" label={t('tilsagn.vedtak.kindAvslag')} checked={values.kind === 'avslag'} onChange={() => set('kind', 'avslag')} />
      </Fieldset>
      {values.kind === 'tilsagn' ? (
        <Fieldset id={fieldId('lines')}>
          <Fieldset.Legend>{t('tilsagn.vedtak.amounts')}</Fieldset.Legend>
          <Fieldset.Description>{t('tilsagn.vedtak.amountsHelp')}</Fieldset.Description>
          {years.map((year) => (
            <Fieldset key={year}>
              <Fieldset.Legend>{year > detail.round.year ? t('tilsagn.vedtak.yearConditional', { year }) : String(year)}</Fieldset.Legend>
              {cells
                .filter((c) => c.year === year)
                .map((c) => (
                  <TextField
                    key={c.key}
                    name={`amounts.${c.key}`}
                    label={amountLabel(t, c)}
                    description={recommendedText(t, c, typedKr(values.amounts[c.key]))}
                    inputMode="numeric"
                    autoComplete="off"
                    value={values.amounts[c.key] ?? ''}
                    error={form.errorFor(`amounts.${c.key}`)}
                    onChange={(v) => setAmount(c.key, v)}
                  />
                ))}
            </Fieldset>
          ))}
          {form.errorFor('lines') && <ValidationMessage>{form.errorFor('lines')}</ValidationMessage>}
        </Fieldset>
      ) : (
        <div id={fieldId('lines')}>
          <Paragraph>{t('tilsagn.vedtak.avslagNoAmounts')}</Paragraph>
          {form.errorFor('lines') && <ValidationMessage>{form.errorFor('lines')}</ValidationMessage>}
        </div>
      )}
      <TextField
        name="reasons"
        label={t('tilsagn.vedtak.reasons')}
        description={t('tilsagn.vedtak.reasonsHelp')}
        multiline
        value={values.reasons}
        error={form.errorFor('reasons')}
        onChange={(v) => set('reasons', v)}
      />
      {/* The hint, not a "required" tag in the label: the label stays one fixed name to find the field by. */}
      {deviates && (
        <Alert data-color="info" className="kl-block">
          <Paragraph>{t('tilsagn.vedtak.deviatesHint')}</Paragraph>
        </Alert>
      )}
      <TextField
        name="deviationReason"
        label={t('tilsagn.vedtak.deviationReason')}
        description={t('tilsagn.vedtak.deviationReasonHelp')}
        multiline
        value={values.deviationReason}
        error={form.errorFor('deviationReason')}
        onChange={(v) => set('deviationReason', v)}
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.vedtak.save')}
        </Button>
      </div>
    </FormFrame>
  );
}

export const kindText = (t: TFunction, kind: 'tilsagn' | 'avslag') => t(kind === 'avslag' ? 'tilsagn.vedtak.kindAvslag' : 'tilsagn.vedtak.kindTilsagn');

/** "Innstilt: kr 80 000" and, when the typed amount differs, "– avviker". Nothing without the innstilling. */
function recommendedText(t: TFunction, c: AmountCell, typed: number | null): string | undefined {
  if (c.recommendedKr === null) return undefined;
  const base = t('tilsagn.vedtak.recommendedAmount', { amount: formatMoney(c.recommendedKr) });
  return typed === c.recommendedKr ? base : `${base} ${t('tilsagn.vedtak.differs')}`;
}
