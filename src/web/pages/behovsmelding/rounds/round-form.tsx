// The round form (new and edit): office, scheme, year and title; the opening time and deadline in Norwegian time, and
// the days before the deadline the partnerships that have not submitted are reminded (issue 15);
// guidance and the forum's long-term plan; whether a coordinator may be funded; one case number per county. Checked
// with the shared ZRoundInput (times first, see withCheckedTimes), then by the server. The budget frame is the
// office's per scheme and year (issue 13): the form only points to the frames page.
import { useCall } from '../../../hooks/use-call.ts';
import { referenceApi } from '../../../clients/reference.ts';
import { Fieldset, Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { z } from 'zod';
import { CheckboxField, SelectField, TextField } from '../../../forms/fields.tsx';
import { FormActions } from '../../../forms/form-actions.tsx';
import { FormFrame } from '../../../forms/form-frame.tsx';
import { useForm } from '../../../forms/use-form.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useOffices, useSchemes } from '../../../hooks/use-reference.ts';
import { useLocalize, useT } from '../../../i18n/i18n-context.tsx';
import { CaseNumberEditor } from './case-number-editor.tsx';
import { DateTimeField } from './date-time-field.tsx';
import { withCheckedTimes, type RoundFormValues } from './round-form-values.ts';

type Props<B> = {
  initial: RoundFormValues;
  schema: z.ZodType<unknown>;
  toBody: (values: RoundFormValues) => B;
  onSubmit: (body: B) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
  /** The offices the server lets this user open a round in (a round moves only to such an office too). */
  openOffices: readonly string[];
};

export function RoundForm<B>({ initial, schema, toBody, onSubmit, submitLabel, cancelTo, openOffices }: Props<B>) {
  const t = useT();
  const localize = useLocalize();
  const form = useForm({ initial, schema: withCheckedTimes(schema), toBody, onSubmit });
  const { values, set, errorFor } = form;
  const allOffices = useOffices().data?.offices ?? [];
  const schemes = useSchemes().data?.schemes ?? [];
  const allCounties = useCall(referenceApi.listCounties).data?.counties ?? [];

  // The round's own office always stays.
  const offices = allOffices.filter((o) => openOffices.includes(o.id) || o.id === initial.officeId);
  const office = allOffices.find((o) => o.id === values.officeId);
  const counties = office ? allCounties.filter((c) => office.countyNumbers.includes(c.number)) : allCounties;
  const schemeOptions = schemes.filter((s) => s.active || s.id === initial.schemeId).map((s) => ({ value: s.id, label: localize(s.name) }));

  const text = (name: 'year' | 'title' | 'guidance' | 'longTermPlanUrl', errorField: string = name) => ({
    name: errorField,
    value: values[name],
    error: errorFor(errorField),
    onChange: (v: string) => set(name, v),
  });

  return (
    <FormFrame form={form} label={submitLabel}>
      <Fieldset>
        <Fieldset.Legend>{t('round.basics')}</Fieldset.Legend>
        <SelectField
          name="officeId"
          label={t('field.office')}
          required
          value={values.officeId}
          error={errorFor('officeId')}
          onChange={(v) => set('officeId', v)}
          placeholder={t('form.choose')}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          name="schemeId"
          label={t('field.scheme')}
          required
          value={values.schemeId}
          error={errorFor('schemeId')}
          onChange={(v) => set('schemeId', v)}
          placeholder={t('form.choose')}
          options={schemeOptions}
        />
        <TextField {...text('year')} label={t('round.year')} description={t('round.yearHelp')} required inputMode="numeric" autoComplete="off" />
        <TextField {...text('title')} label={t('round.title')} required autoComplete="off" />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('round.schedule')}</Fieldset.Legend>
        <Fieldset.Description>{t('round.scheduleHelp')}</Fieldset.Description>
        <DateTimeField
          name="opensAtLocal"
          label={t('round.opensAt')}
          description={t('round.opensAtHelp')}
          required
          value={values.opensAt}
          error={errorFor('opensAtLocal')}
          onChange={(v) => set('opensAt', v)}
        />
        <DateTimeField
          name="deadlineLocal"
          label={t('round.deadline')}
          description={t('round.deadlineHelp')}
          required
          value={values.deadline}
          error={errorFor('deadlineLocal')}
          onChange={(v) => set('deadline', v)}
        />
        <TextField
          name="reminderDaysBefore"
          label={t('round.reminderDays')}
          description={t('round.reminderDaysHelp')}
          value={values.reminderDays}
          error={errorFor('reminderDaysBefore')}
          onChange={(v) => set('reminderDays', v)}
          autoComplete="off"
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('round.frameAndGuidance')}</Fieldset.Legend>
        <Fieldset.Description>
          {t('round.budgetFrameElsewhere')}{' '}
          <Link asChild>
            <RouterLink to={values.officeId ? `/forum/rammer?embete=${encodeURIComponent(values.officeId)}` : '/forum/rammer'}>{t('round.budgetFrameLink')}</RouterLink>
          </Link>
        </Fieldset.Description>
        <TextField {...text('guidance')} label={t('round.guidance')} description={t('round.guidanceHelp')} multiline />
        <TextField {...text('longTermPlanUrl')} label={t('round.longTermPlanUrl')} description={t('round.longTermPlanUrlHelp')} autoComplete="off" />
        <CheckboxField
          name="coordinatorAllowed"
          label={t('round.coordinatorAllowed')}
          description={t('round.coordinatorAllowedHelp')}
          checked={values.coordinatorAllowed}
          error={errorFor('coordinatorAllowed')}
          onChange={(v) => set('coordinatorAllowed', v)}
        />
      </Fieldset>
      <CaseNumberEditor rows={values.caseNumbers} onChange={(rows) => set('caseNumbers', rows)} counties={counties} errorFor={errorFor} />
      <FormActions submitting={form.submitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </FormFrame>
  );
}

/** The offices where the server lets this user open a round (GET /api/behovsmelding/rounds `creates`); undefined
 * until the answer has come. */
export function useOpenOffices(): string[] | undefined {
  const { data } = useCall(behovsmeldingApi.listRounds);
  return data ? (data.creates.round?.officeIds ?? []) : undefined;
}
