// The case officer's two acts on an unused-money case (issue 15, point 2). The decision: held over to the same tiltak
// next year, offset in next year's payment, or claimed back (the server then numbers and sends a claim letter) — with
// a target year where the money goes on, and a reason always (a claim must say why). Then, for a claim, each repayment
// that comes in (part payments add up; the case is settled when all is paid). Both check the body with the server's
// own schema first; a done act is announced in the status region and the page reloads the case.
import { Button, Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import type { UnusedFunds } from '../../../domain/utbetaling/unused-contract.ts';
import { UNUSED_DECISIONS, ZRepaymentReceivedInput, ZUnusedDecisionInput } from '../../../domain/utbetaling/unused-funds.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { formatMoney } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { decisionBody, decisionHasTargetYear, outstandingKr, receivedBody, type DecisionFormValues, type ReceivedFormValues } from './unused-values.ts';

type DecisionBody = z.output<typeof ZUnusedDecisionInput>;
type ReceivedBody = z.output<typeof ZRepaymentReceivedInput>;

const DECISION_LABEL: Record<(typeof UNUSED_DECISIONS)[number], MessageKey> = {
  overfort: 'utbetaling.unused.decision.overfort',
  motregnet: 'utbetaling.unused.decision.motregnet',
  krevd: 'utbetaling.unused.decision.krevd',
};

export function UnusedDecisionForm({ unused: u, onDone }: { unused: UnusedFunds; onDone: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const title = t('utbetaling.unused.decideHeading');
  const form = useForm<DecisionFormValues, DecisionBody, DecisionBody>({
    initial: { decision: '', targetYear: String(u.year + 1), reason: '' },
    toBody: (v) => decisionBody(v, u.version),
    schema: ZUnusedDecisionInput,
    onSubmit: async (body) => {
      await utbetalingApi.decideUnusedFunds({ params: { id: u.id }, body });
      announce(t('utbetaling.unused.decided'));
      onDone();
    },
  });
  const { values, set } = form;
  const decisionError = form.errorFor('decision');
  return (
    <section aria-labelledby="unused-decide-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="unused-decide-heading">
        {title}
      </Heading>
      <FormFrame form={form} label={title}>
        <Fieldset id={fieldId('decision')}>
          <Fieldset.Legend>{t('utbetaling.unused.decisionLegend')}</Fieldset.Legend>
          {UNUSED_DECISIONS.map((d) => (
            <Radio
              key={d}
              name="decision"
              value={d}
              label={t(DECISION_LABEL[d])}
              checked={values.decision === d}
              aria-invalid={decisionError ? true : undefined}
              onChange={() => set('decision', d)}
            />
          ))}
          {decisionError && <ValidationMessage>{decisionError}</ValidationMessage>}
        </Fieldset>
        {decisionHasTargetYear(values.decision) && (
          <TextField
            name="targetYear"
            label={t('utbetaling.unused.targetYearLabel')}
            description={t('utbetaling.unused.targetYearHelp')}
            inputMode="numeric"
            value={values.targetYear}
            error={form.errorFor('targetYear')}
            onChange={(v) => set('targetYear', v)}
          />
        )}
        {values.decision === 'krevd' && <Paragraph>{t('utbetaling.unused.claimHelp')}</Paragraph>}
        <TextField name="reason" label={t('utbetaling.unused.reasonLabel')} required multiline value={values.reason} error={form.errorFor('reason')} onChange={(v) => set('reason', v)} />
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {t('utbetaling.unused.decide')}
          </Button>
        </div>
      </FormFrame>
    </section>
  );
}

export function UnusedReceivedForm({ unused: u, onDone }: { unused: UnusedFunds; onDone: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const title = t('utbetaling.unused.receivedHeading');
  const form = useForm<ReceivedFormValues, ReceivedBody, ReceivedBody>({
    initial: { receivedOnLocal: '', amount: '' },
    toBody: (v) => receivedBody(v, u.version),
    schema: ZRepaymentReceivedInput,
    onSubmit: async (body) => {
      await utbetalingApi.recordRepaymentReceived({ params: { id: u.id }, body });
      announce(t('utbetaling.unused.receivedSaved'));
      onDone();
    },
  });
  const { values, set } = form;
  return (
    <section aria-labelledby="unused-received-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="unused-received-heading">
        {title}
      </Heading>
      <Paragraph>{t('utbetaling.unused.receivedHelp', { amount: formatMoney(outstandingKr(u)) })}</Paragraph>
      <FormFrame form={form} label={title}>
        <TextField
          name="receivedOnLocal"
          type="date"
          label={t('utbetaling.unused.receivedDateLabel')}
          required
          value={values.receivedOnLocal}
          error={form.errorFor('receivedOnLocal')}
          onChange={(v) => set('receivedOnLocal', v)}
        />
        <TextField
          name="amountKr"
          label={t('utbetaling.unused.receivedAmountLabel')}
          required
          inputMode="numeric"
          value={values.amount}
          error={form.errorFor('amountKr')}
          onChange={(v) => set('amount', v)}
        />
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {title}
          </Button>
        </div>
      </FormFrame>
    </section>
  );
}
