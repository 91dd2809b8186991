// The person form (new and edit), checked with ZPersonInput / ZPersonUpdate like on the server.
import type { z } from 'zod';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Person } from '../../types/org.ts';

export type PersonFormValues = { name: string; email: string; phone: string; title: string; organisationId: string };

export function personFormValues(p?: Person, organisationId = ''): PersonFormValues {
  return { name: p?.name ?? '', email: p?.email ?? '', phone: p?.phone ?? '', title: p?.title ?? '', organisationId: p?.organisationId ?? organisationId };
}

type Props<B> = {
  initial: PersonFormValues;
  schema: z.ZodType;
  toBody: (values: PersonFormValues) => B;
  onSubmit: (body: B) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
};

export function PersonForm<B>({ initial, schema, toBody, onSubmit, submitLabel, cancelTo }: Props<B>) {
  const t = useT();
  const form = useForm({ initial, schema, toBody, onSubmit });
  const { values, set, errorFor } = form;
  const all = useOrganisations().data?.organisations ?? [];
  // Offer the organisations the server lets this user add people to (`creates` of the people list), and the
  // person's own; the server decides on save.
  const creates = useCall(orgApi.listPeople).data?.creates.person?.organisationIds ?? [];
  const organisations = all.filter((o) => creates.includes(o.id) || o.id === initial.organisationId);
  const text = (name: keyof PersonFormValues) => ({ name, value: values[name], error: errorFor(name), onChange: (v: string) => set(name, v) });

  return (
    <FormFrame form={form} label={submitLabel}>
      <TextField {...text('name')} label={t('field.name')} required autoComplete="off" />
      <TextField {...text('email')} label={t('field.email')} type="email" required autoComplete="off" />
      <TextField {...text('phone')} label={t('field.phone')} type="tel" autoComplete="off" />
      <TextField {...text('title')} label={t('field.title')} autoComplete="off" />
      <SelectField
        {...text('organisationId')}
        label={t('field.organisation')}
        required
        placeholder={t('form.choose')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FormActions submitting={form.submitting} submitLabel={submitLabel} cancelTo={cancelTo} />
    </FormFrame>
  );
}
