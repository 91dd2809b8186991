// Users and their roles: admins and case officers give and take away roles here.
import { Details, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { accessApi } from '../../clients/access.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ListTable } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { byId, useNameMap, useOffices, useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { Grant, User } from '../../types/access.ts';
import { AddRoleForm } from './add-role-form.tsx';
import { UserGrants } from './user-grants.tsx';

export function UserListPage() {
  const t = useT();
  const { announce } = useStatus();
  const { data, error, loading, reload } = useCall(accessApi.listUsers);
  const offices = useOffices().data?.offices ?? [];
  const organisations = useOrganisations().data?.organisations ?? [];
  const officeNames = useNameMap(offices, byId);
  const orgNames = useNameMap(organisations, byId);
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const needle = query.trim().toLocaleLowerCase('nb');
  // The roles the server lets this user grant (`creates` of the list); no form where there are none.
  const grant = data?.creates.grant ?? null;
  const users = (data?.users ?? []).filter((u) => !needle || u.name.toLocaleLowerCase('nb').includes(needle) || u.email.includes(needle));

  const remove = async (user: User, grant: Grant) => {
    if (!window.confirm(t('users.confirmRemove', { name: user.name }))) return;
    setFailure(null);
    try {
      await accessApi.revokeRole({ params: { id: user.id, grantId: grant.id } });
      announce(t('users.roleRemoved', { name: user.name }));
      reload();
      // The pressed button is gone with the role; continue from the user's "give a role" control.
      document.getElementById(`add-role-${user.id}`)?.focus();
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    }
  };
  const added = (user: User) => {
    announce(t('users.roleAdded', { name: user.name }));
    reload();
  };

  return (
    <Page title={t('page.users')}>
      <div className="kl-filters">
        <SearchField id="bruker-sok" label={t('search.byNameOrEmail')} value={query} onChange={setQuery} />
      </div>
      {failure && <ApiErrorAlert error={failure} />}
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: users.length }) : ''}</Paragraph>
      {data && (
        <ListTable
          caption={t('page.users')}
          rows={users}
          zebra={false}
          columns={[
            {
              header: t('field.name'),
              cell: (u) => (
                <>
                  {u.name}
                  <br />
                  <span className="kl-muted">{u.organisationName}</span>
                  {u.isDemo && (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="warning">
                        {t('login.demoTag')}
                      </Tag>
                    </>
                  )}
                </>
              ),
            },
            { header: t('field.email'), cell: (u) => u.email },
            {
              header: t('field.roles'),
              cell: (u) => (
                <>
                  <UserGrants
                    user={u}
                    officeName={(id) => officeNames.get(id) ?? id}
                    organisationName={(id) => orgNames.get(id) ?? id}
                    onRemove={(g) => void remove(u, g)}
                  />
                  {grant && (
                    <Details data-size="sm">
                      <Details.Summary id={`add-role-${u.id}`}>{t('users.addRoleFor', { name: u.name })}</Details.Summary>
                      <Details.Content>
                        <AddRoleForm user={u} grant={grant} offices={offices} organisations={organisations} onAdded={() => added(u)} />
                      </Details.Content>
                    </Details>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
