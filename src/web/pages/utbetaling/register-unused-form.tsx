// "Registrer ubrukte midler" (issue 15, point 2): a case officer records money a partnership did not use — the tilsagn,
// year and recipient it belongs to, the amount, whether the partnership's report said so or the office found it, and a
// note. The case then waits for the office's decision on its own page. The shared schema checks the body first; the
// server checks the cap (what was decided, or paid) and answers in the same fields.
import { Button, Fieldset, Heading, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { z } from 'zod';
import { ZRegisterUnusedInput, UNUSED_SOURCES, type TRegisterUnusedInput } from '../../../domain/utbetaling/unused-funds.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { fieldId } from '../../forms/field-id.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { UNUSED_SOURCE_LABEL } from './unused-labels.ts';
import { registerBody, type LineChoice, type RegisterFormValues } from './unused-values.ts';

/** The body with the tilsagn it goes to (the path's vedtakId), checked together and split on sending. */
const ZRegisterForm = ZRegisterUnusedInput.extend({ vedtakId: z.string() });
type RegisterForm = TRegisterUnusedInput & { vedtakId: string };

export function RegisterUnusedForm({ choices, onRegistered }: { choices: LineChoice[]; onRegistered: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const title = t('utbetaling.partnership.registerHeading');
  const empty: RegisterFormValues = { line: choices[0]?.value ?? '', amount: '', source: '', note: '' };
  const form = useForm<RegisterFormValues, RegisterForm, RegisterForm>({
    initial: empty,
    toBody: (v) => {
      const { vedtakId, body } = registerBody(v, choices);
      return { ...body, vedtakId };
    },
    schema: ZRegisterForm,
    onSubmit: async ({ vedtakId, ...body }) => {
      await utbetalingApi.registerUnusedFunds({ params: { vedtakId }, body });
      announce(t('utbetaling.partnership.registered'));
      // The page reloads with the new case in its list; the form starts empty again (a new key from the parent).
      onRegistered();
    },
  });
  const { values, set } = form;
  const options = useMemo(
    () =>
      choices.map((c) => ({
        value: c.value,
        label: t('utbetaling.partnership.lineOption', { year: String(c.year), name: c.name, number: c.documentNumber ?? t('common.notGiven') }),
      })),
    [choices, t],
  );
  // The line sets year, recipient and organisation together: any of their errors belongs to the one select.
  const lineError = [form.errorFor('year'), form.errorFor('recipient'), form.errorFor('recipientOrgId')].filter(Boolean).join(' ') || undefined;
  const sourceError = form.errorFor('source');
  return (
    <section aria-labelledby="register-unused-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="register-unused-heading">
        {title}
      </Heading>
      <FormFrame form={form} label={title}>
        <SelectField name="recipientOrgId" label={t('utbetaling.partnership.lineLabel')} required value={values.line} options={options} error={lineError} onChange={(v) => set('line', v)} />
        <TextField
          name="amountKr"
          label={t('utbetaling.partnership.amountLabel')}
          description={t('utbetaling.partnership.amountHelp')}
          required
          inputMode="numeric"
          value={values.amount}
          error={form.errorFor('amountKr')}
          onChange={(v) => set('amount', v)}
        />
        <Fieldset id={fieldId('source')}>
          <Fieldset.Legend>{t('utbetaling.partnership.sourceLegend')}</Fieldset.Legend>
          {UNUSED_SOURCES.map((s) => (
            <Radio
              key={s}
              name="source"
              value={s}
              label={t(UNUSED_SOURCE_LABEL[s])}
              checked={values.source === s}
              aria-invalid={sourceError ? true : undefined}
              onChange={() => set('source', s)}
            />
          ))}
          {sourceError && <ValidationMessage>{sourceError}</ValidationMessage>}
        </Fieldset>
        <TextField name="note" label={t('utbetaling.partnership.noteLabel')} multiline value={values.note} error={form.errorFor('note')} onChange={(v) => set('note', v)} />
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {title}
          </Button>
        </div>
      </FormFrame>
    </section>
  );
}
