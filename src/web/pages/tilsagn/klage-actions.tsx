// The case officer's acts on a klage (issue 14, point 5), offered as the klage's `actions` list them: "Avvis klagen",
// "Omgjør vedtaket" and "Send til klageinstansen" while it is with the office, "Registrer utfall" once forwarded. Each
// button opens its form — one text (reasons, assessment, the appeal body's decision) and, for the outcome, which
// one — whose submit button carries the same name; the choice buttons step aside meanwhile, so each name is on the
// page once. A done act is announced in the status region and the page reloads the klage.
import { Button, Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { KlageDetail } from '../../../domain/tilsagn/klage-contract.ts';
import { KLAGE_OUTCOMES } from '../../../domain/tilsagn/klage.ts';
import type { TKlageAction } from '../../../domain/tilsagn/klage-actions.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { emptyKlageForm, KLAGE_SCHEMA, KLAGE_TEXT_FIELD, KLAGE_TEXT_LABEL, klageActionBody, type KlageActionBody, type KlageFormValues } from './klage-form-values.ts';

type Props = { klageId: string; actions: KlageDetail['actions']; appealBody: string; onDone: () => void };

export function KlageActions({ klageId, actions, appealBody, onDone }: Props) {
  const t = useT();
  const [open, setOpen] = useState<TKlageAction | null>(null);
  const chooser = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(null);
    // Back to the choice the user came from, not the top of the page.
    requestAnimationFrame(() => chooser.current?.querySelector('button')?.focus());
  };
  return (
    <section aria-labelledby="klage-actions-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="klage-actions-heading">
        {t('tilsagn.klage.actionsHeading')}
      </Heading>
      {open === null ? (
        <>
          <Paragraph>{t('tilsagn.klage.actionsHelp')}</Paragraph>
          <div className="kl-actions" ref={chooser}>
            {actions.map((a) => (
              <Button key={a} type="button" variant={a === 'forward' || a === 'record-outcome' ? 'primary' : 'secondary'} onClick={() => setOpen(a)}>
                {t(`tilsagn.klage.action.${a}`)}
              </Button>
            ))}
          </div>
        </>
      ) : (
        <ActionForm
          key={open}
          klageId={klageId}
          action={open}
          appealBody={appealBody}
          onCancel={close}
          onDone={() => {
            setOpen(null);
            onDone();
          }}
        />
      )}
    </section>
  );
}

/** Each action's endpoint, called with its body. */
const SEND: { [A in TKlageAction]: (id: string, body: KlageActionBody[A]) => Promise<unknown> } = {
  dismiss: (id, body) => tilsagnApi.dismissKlage({ params: { id }, body }),
  reverse: (id, body) => tilsagnApi.reverseKlage({ params: { id }, body }),
  forward: (id, body) => tilsagnApi.forwardKlage({ params: { id }, body }),
  'record-outcome': (id, body) => tilsagnApi.recordKlageOutcome({ params: { id }, body }),
};

/** The body was made for this action by klageActionBody; TypeScript cannot follow the action through the map. */
const send = (action: TKlageAction, id: string, body: KlageActionBody[TKlageAction]) => (SEND[action] as (id: string, body: KlageActionBody[TKlageAction]) => Promise<unknown>)(id, body);

type FormProps = { klageId: string; action: TKlageAction; appealBody: string; onCancel: () => void; onDone: () => void };

function ActionForm({ klageId, action, appealBody, onCancel, onDone }: FormProps) {
  const t = useT();
  const { announce } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t(`tilsagn.klage.action.${action}`);
  const textField = KLAGE_TEXT_FIELD[action];
  const form = useForm<KlageFormValues, KlageActionBody[TKlageAction]>({
    initial: emptyKlageForm(),
    toBody: (v) => klageActionBody(action, v),
    schema: KLAGE_SCHEMA[action],
    onSubmit: async (body) => {
      await send(action, klageId, body);
      announce(t(`tilsagn.klage.done.${action}`));
      onDone();
    },
  });
  const { values, set } = form;
  // The form opens where the button was: focus its heading, so the user hears what it is for.
  useEffect(() => heading.current?.focus(), []);
  const outcomeError = form.errorFor('outcome');
  return (
    <>
      <Heading level={3} data-size="xs" id="klage-action-heading" ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <Paragraph>{action === 'forward' ? t('tilsagn.klage.help.forward', { body: appealBody }) : t(`tilsagn.klage.help.${action}`)}</Paragraph>
      <FormFrame form={form} label={title}>
        {action === 'record-outcome' && (
          <Fieldset id={fieldId('outcome')}>
            <Fieldset.Legend>{t('tilsagn.klage.outcomeLegend')}</Fieldset.Legend>
            {KLAGE_OUTCOMES.map((o) => (
              <Radio
                key={o}
                name="outcome"
                value={o}
                label={t(`tilsagn.klage.outcome.${o}`)}
                checked={values.outcome === o}
                aria-invalid={outcomeError ? true : undefined}
                onChange={() => set('outcome', o)}
              />
            ))}
            {outcomeError && <ValidationMessage>{outcomeError}</ValidationMessage>}
          </Fieldset>
        )}
        <TextField
          name={textField}
          label={t(KLAGE_TEXT_LABEL[action])}
          required
          multiline
          value={values.text}
          error={form.errorFor(textField)}
          onChange={(v) => set('text', v)}
        />
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {title}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormFrame>
    </>
  );
}
