// The invitation form: the person, their organisation and one or more roles (added and removed by buttons).
import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import type { z } from 'zod';
import { fieldId } from '../../forms/field-id.ts';
import { FormActions } from '../../forms/form-actions.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useOffices, useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { InvitationCreates } from '../../types/access.ts';
import { emptyGrant, RoleGrantFields, type GrantValue } from './role-grant-fields.tsx';

type Values = { name: string; email: string; organisationId: string; phone: string; title: string; roles: GrantValue[] };
export type InviteBody = Values;

type Props = {
  schema: z.ZodType;
  onSubmit: (body: InviteBody) => Promise<void>;
  /** Whom the server lets this user invite, with which roles (GET /api/invitations `creates`). */
  creates: InvitationCreates;
};

export function InviteForm({ schema, onSubmit, creates }: Props) {
  const t = useT();
  const invitable = creates.organisationIds;
  const all = useOrganisations().data?.organisations ?? [];
  const organisations = all.filter((o) => invitable.includes(o.id));
  const offices = useOffices().data?.offices ?? [];
  const form = useForm({
    initial: { name: '', email: '', organisationId: invitable.length === 1 ? invitable[0]! : '', phone: '', title: '', roles: [emptyGrant()] } as Values,
    schema,
    onSubmit,
  });
  const { values, set, errorFor } = form;
  const addRoleButton = useRef<HTMLButtonElement>(null);
  const text = (name: 'name' | 'email' | 'phone' | 'title') => ({ name, value: values[name], error: errorFor(name), onChange: (v: string) => set(name, v) });
  // An organisation role usually belongs to the organisation the person is invited to: fill it in.
  const setGrant = (index: number, grant: GrantValue) =>
    set('roles', values.roles.map((g, i) => (i === index ? { ...grant, organisationId: grant.organisationId || values.organisationId } : g)));

  return (
    <FormFrame form={form} label={t('page.invite')}>
      <TextField {...text('name')} label={t('field.name')} required autoComplete="off" />
      <TextField {...text('email')} label={t('field.email')} type="email" required autoComplete="off" description={t('invite.emailHelp')} />
      <SelectField
        name="organisationId"
        label={t('field.organisation')}
        required
        value={values.organisationId}
        error={errorFor('organisationId')}
        onChange={(v) => set('organisationId', v)}
        placeholder={t('form.choose')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField {...text('phone')} label={t('field.phone')} type="tel" autoComplete="off" />
      <TextField {...text('title')} label={t('field.title')} autoComplete="off" />
      <Fieldset id={fieldId('roles')}>
        <Fieldset.Legend>{t('field.roles')}</Fieldset.Legend>
        {values.roles.map((grant, i) => (
          <Fieldset key={i} className="kl-unit">
            <Fieldset.Legend>{t('invite.roleNumber', { number: i + 1 })}</Fieldset.Legend>
            <RoleGrantFields
              prefix={`roles.${i}`}
              value={grant}
              onChange={(g) => setGrant(i, g)}
              errorFor={errorFor}
              roles={creates.roles}
              places={creates.places}
              offices={offices}
              organisations={organisations}
            />
            {values.roles.length > 1 && (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => {
                  set('roles', values.roles.filter((_, j) => j !== i));
                  addRoleButton.current?.focus(); // the pressed button disappears; keep focus in the group
                }}
              >
                {t('invite.removeRole', { number: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        <Button type="button" variant="secondary" ref={addRoleButton} onClick={() => set('roles', [...values.roles, emptyGrant()])}>
          {t('invite.addRole')}
        </Button>
        {errorFor('roles') && <ValidationMessage>{errorFor('roles')}</ValidationMessage>}
      </Fieldset>
      <FormActions submitting={form.submitting} submitLabel={t('invite.send')} cancelTo="/admin/invitasjoner" />
    </FormFrame>
  );
}
