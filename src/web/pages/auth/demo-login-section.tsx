// Demo login, for trying the service with invented people: one button per demo user. It is marked as demo so
// nobody mistakes it for a real login. The POST needs no CSRF token: there is no session yet.
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api.ts';
import { accessApi } from '../../clients/access.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useLabels } from '../../components/labels.ts';
import { Loading } from '../../components/loading.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { ListTable } from '../../components/list-table.tsx';

export function DemoLoginSection({ returnTo }: { returnTo: string }) {
  const t = useT();
  const { roleLabel } = useLabels();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const users = useCall(accessApi.listDemoUsers);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const loginAs = async (userId: string) => {
    setBusy(userId);
    setFailure(null);
    try {
      await accessApi.demoLogin({ body: { userId } });
      await refresh();
      navigate(returnTo, { replace: true });
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="login-demo" className="kl-section kl-demo">
      <Heading level={2} data-size="sm" id="login-demo">
        {t('login.demoHeading')}{' '}
        <Tag data-color="warning" data-size="sm">
          {t('login.demoTag')}
        </Tag>
      </Heading>
      <Paragraph>{t('login.demoText')}</Paragraph>
      {failure && <ApiErrorAlert error={failure} />}
      {users.error && <ApiErrorAlert error={users.error} />}
      {users.loading && <Loading />}
      {users.data && (
        <ListTable
          caption={t('login.demoCaption')}
          rows={users.data.users}
          columns={[
            { header: t('field.name'), cell: (u) => u.name },
            { header: t('field.organisation'), cell: (u) => u.organisation },
            { header: t('field.roles'), cell: (u) => (u.roles.length ? u.roles.map((r) => roleLabel(r)).join(', ') : t('roles.none')) },
            {
              header: t('common.action'),
              cell: (u) => (
                <Button data-size="sm" variant="secondary" loading={busy === u.id} onClick={() => void loginAs(u.id)}>
                  {t('login.demoButton', { name: u.name })}
                </Button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
