// Gives an existing user one more role (POST /api/users/:id/roles), inside the user's row. Field names are
// prefixed with the user so each row's fields and error links stay unique.
import { Button } from '@digdir/designsystemet-react';
import type { GrantCreates } from '../../../domain/access/offers.ts';
import { ZRoleGrantInput } from '../../../domain/access/roles.ts';
import { accessApi } from '../../clients/access.ts';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { User } from '../../types/access.ts';
import { emptyGrant, grantBody, RoleGrantFields, type GrantValue } from './role-grant-fields.tsx';

type Props = {
  user: User;
  /** The roles the server lets this user grant, and where (GET /api/users `creates`). */
  grant: GrantCreates;
  offices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  onAdded: () => void;
};

export function AddRoleForm({ user, grant, offices, organisations, onAdded }: Props) {
  const t = useT();
  const prefix = `user-${user.id}`;
  const form = useForm({
    initial: emptyGrant(),
    schema: ZRoleGrantInput,
    fieldPrefix: prefix,
    onSubmit: async (grant: GrantValue) => {
      await accessApi.grantRole({ params: { id: user.id }, body: grantBody(grant) });
      form.setValues(emptyGrant());
      onAdded();
    },
  });
  return (
    <FormFrame form={form} label={t('users.addRoleFor', { name: user.name })}>
      <RoleGrantFields
        prefix={prefix}
        value={form.values}
        onChange={form.setValues}
        errorFor={form.errorFor}
        roles={grant.roles}
        places={grant.places}
        offices={offices}
        organisations={organisations}
      />
      <Button type="submit" variant="secondary" loading={form.submitting}>
        {t('users.addRole')}
      </Button>
    </FormFrame>
  );
}
