// One role grant: the role, and the office or organisation it is scoped to (ROLE_SCOPE decides which is asked). Only
// the places where this user may give the chosen role are offered (`places`, from the list's `creates`).
// Field names follow the request body ("roles.0.officeId"), so server errors land on the right field.
import type { GrantPlaces } from '../../../domain/access/offers.ts';
import { ROLE_SCOPE, type Role } from '../../../domain/access/roles.ts';
import { useLabels } from '../../components/labels.ts';
import { SelectField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

export type GrantValue = { role: Role | ''; officeId: string; organisationId: string };

export const emptyGrant = (): GrantValue => ({ role: '', officeId: '', organisationId: '' });

/** The grant as a request body takes it. The form's schema (ZRoleGrantInput) refuses a grant without a role before
 * anything is sent, so an empty role here is a programming error, not the user's. */
export function grantBody(g: GrantValue): Omit<GrantValue, 'role'> & { role: Role } {
  if (g.role === '') throw new Error('a grant without a role reached the request');
  return { ...g, role: g.role };
}

type Props = {
  prefix: string;
  value: GrantValue;
  onChange: (value: GrantValue) => void;
  errorFor: (field: string) => string | undefined;
  roles: readonly Role[];
  /** Where each role may be given. */
  places: GrantPlaces;
  offices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
};

export function RoleGrantFields({ prefix, value, onChange, errorFor, roles, places, offices, organisations }: Props) {
  const t = useT();
  const { roleLabel } = useLabels();
  const scope = value.role ? ROLE_SCOPE[value.role] : 'none';
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const at = value.role ? places[value.role] : undefined;
  // A reader without an office reads every office: offered only to those who may give that.
  const officeRequired = scope === 'office' || !(at?.officeIds.includes(null) ?? false);
  return (
    <>
      <SelectField
        name={name('role')}
        label={t('field.role')}
        required
        value={value.role}
        error={errorFor(name('role'))}
        onChange={(v) => onChange({ ...value, role: v as Role | '' })}
        placeholder={t('form.choose')}
        options={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
      />
      {(scope === 'office' || scope === 'office-optional') && (
        <SelectField
          name={name('officeId')}
          label={t('field.office')}
          required={officeRequired}
          description={scope === 'office-optional' && !officeRequired ? t('roles.officeOptionalHelp') : undefined}
          value={value.officeId}
          error={errorFor(name('officeId'))}
          onChange={(v) => onChange({ ...value, officeId: v })}
          placeholder={officeRequired ? t('form.choose') : t('roles.allOffices')}
          options={offices.filter((o) => at?.officeIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      {scope === 'organisation' && (
        <SelectField
          name={name('organisationId')}
          label={t('field.organisation')}
          required
          value={value.organisationId}
          error={errorFor(name('organisationId'))}
          onChange={(v) => onChange({ ...value, organisationId: v })}
          placeholder={t('form.choose')}
          options={organisations.filter((o) => at?.organisationIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
    </>
  );
}
