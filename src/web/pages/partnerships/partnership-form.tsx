// The partnership form (new and edit): basics, members (owners and UH), who applies and who is paid (chosen
// among the owners), the coordinator, and the units. Checked with the shared schema and checkPartnershipRules.
import { Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { OWNER_KINDS } from '../../../domain/org/organisation.ts';
import { checkPartnershipRules, type TPartnershipInput } from '../../../domain/org/partnership.ts';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useMunicipalities, useOffices, useOrganisations, useSchemes } from '../../hooks/use-reference.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { MemberEditor } from './member-editor.tsx';
import type { PartnershipFormValues } from './partnership-form-values.ts';
import { UnitEditor } from './unit-editor.tsx';

type Props<B> = {
  initial: PartnershipFormValues;
  schema: z.ZodType<TPartnershipInput>;
  toBody: (values: PartnershipFormValues) => B;
  onSubmit: (body: B) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
  /** Only the office's case officers move a partnership to another office: others keep the one it has. */
  officeLocked?: boolean;
  /** Applicant, payee and coordinator are for those who manage the partnership's editors (`manage-editors`):
   * others see the current choices only, and the form does not ask for people it may not list. */
  responsibilityLocked?: { coordinator: { id: string; name: string } | null };
};

export function PartnershipForm<B>({ initial, schema, toBody, onSubmit, submitLabel, cancelTo, officeLocked = false, responsibilityLocked }: Props<B>) {
  const t = useT();
  const localize = useLocalize();
  const form = useForm({ initial, schema, toBody, onSubmit, rules: checkPartnershipRules });
  const { values, set, errorFor } = form;
  const organisations = useOrganisations().data?.organisations ?? [];
  const offices = useOffices().data?.offices ?? [];
  const schemes = useSchemes().data?.schemes ?? [];
  const municipalities = useMunicipalities().data?.municipalities ?? [];
  const people = useCall(orgApi.listPeople, values.applicantId && !responsibilityLocked ? { query: { organisationId: values.applicantId } } : null);

  const ownerOrgs = organisations.filter((o) => OWNER_KINDS.includes(o.kind));
  const uhOrgs = organisations.filter((o) => o.kind === 'uh');
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const chosenOwners = values.members.filter((m) => m.role === 'owner').map((m) => ({ id: m.organisationId, name: names.get(m.organisationId) ?? m.organisationId }));
  const ownerOptions = chosenOwners.map((o) => ({ value: o.id, label: o.name }));
  const keep = (id: string) => ownerOptions.filter((o) => !responsibilityLocked || o.value === id);
  const coordinatorOptions = responsibilityLocked
    ? (responsibilityLocked.coordinator ? [{ value: responsibilityLocked.coordinator.id, label: responsibilityLocked.coordinator.name }] : [])
    : (people.data?.people ?? []).map((p) => ({ value: p.id, label: p.name }));
  const text = (name: 'name' | 'description') => ({ name, value: values[name], error: errorFor(name), onChange: (v: string) => set(name, v) });
  const select = (name: 'officeId' | 'schemeId' | 'applicantId' | 'payeeId' | 'coordinatorPersonId') => ({
    name,
    value: values[name],
    error: errorFor(name),
    onChange: (v: string) => set(name, v),
  });

  return (
    <FormFrame form={form} label={submitLabel}>
      <Fieldset>
        <Fieldset.Legend>{t('partnership.basics')}</Fieldset.Legend>
        <TextField {...text('name')} label={t('field.name')} required autoComplete="off" />
        <SelectField
          {...select('officeId')}
          label={t('field.office')}
          required
          description={officeLocked ? t('partnership.officeLocked') : undefined}
          placeholder={officeLocked ? undefined : t('form.choose')}
          options={offices.filter((o) => !officeLocked || o.id === initial.officeId).map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField {...select('schemeId')} label={t('field.scheme')} placeholder={t('form.none')} options={schemes.map((s) => ({ value: s.id, label: localize(s.name) }))} />
        <TextField {...text('description')} label={t('field.description')} multiline />
      </Fieldset>
      <MemberEditor members={values.members} onChange={(members) => set('members', members)} owners={ownerOrgs} uh={uhOrgs} errorFor={errorFor} />
      <Fieldset>
        <Fieldset.Legend>{t('partnership.responsibility')}</Fieldset.Legend>
        <Fieldset.Description>{ownerOptions.length === 0 ? t('partnership.addOwnersFirst') : t('partnership.responsibilityHelp')}</Fieldset.Description>
        <SelectField {...select('applicantId')} label={t('field.applicant')} required placeholder={t('form.choose')} options={keep(initial.applicantId)} />
        <SelectField {...select('payeeId')} label={t('field.payee')} required placeholder={t('form.choose')} options={keep(initial.payeeId)} />
        <SelectField
          {...select('coordinatorPersonId')}
          label={t('field.coordinator')}
          description={responsibilityLocked ? t('partnership.responsibilityLocked') : t('partnership.coordinatorHelp')}
          placeholder={t('form.none')}
          options={coordinatorOptions}
        />
      </Fieldset>
      <UnitEditor units={values.units} onChange={(units) => set('units', units)} owners={chosenOwners} municipalities={municipalities} errorFor={errorFor} />
      <FormActions submitting={form.submitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </FormFrame>
  );
}
