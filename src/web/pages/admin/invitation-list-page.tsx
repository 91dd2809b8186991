// Invitations sent and their state; an open invitation can be withdrawn.
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { InvitationStatus } from '../../../domain/access/invitation.ts';
import { ApiError } from '../../api.ts';
import { accessApi } from '../../clients/access.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useLabels } from '../../components/labels.ts';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { Invitation } from '../../types/access.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

const STATUS_COLOR: Record<InvitationStatus, string> = { open: 'info', accepted: 'success', revoked: 'neutral', expired: 'warning' };

export function InvitationListPage() {
  const t = useT();
  const { roleLabel } = useLabels();
  const { announce } = useStatus();
  const { data, error, loading, reload } = useCall(accessApi.listInvitations);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const revoke = async (inv: Invitation) => {
    if (!window.confirm(t('invitations.confirmRevoke', { name: inv.name }))) return;
    setFailure(null);
    try {
      await accessApi.revokeInvitation({ params: { id: inv.id } });
      announce(t('invitations.revoked', { name: inv.name }));
      reload();
      // The pressed button goes away with the open state; keep the user's place in the row.
      document.getElementById(`invitation-${inv.id}`)?.focus();
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    }
  };

  return (
    <Page title={t('page.invitations')}>
      {data?.creates.invitation && (
        <Button asChild className="kl-block">
          <RouterLink to="/inviter">{t('page.invite')}</RouterLink>
        </Button>
      )}
      {failure && <ApiErrorAlert error={failure} />}
      {error && <ApiErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && data.invitations.length === 0 && <Paragraph>{t('invitations.none')}</Paragraph>}
      {data && data.invitations.length > 0 && (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('invitations.caption', { count: data.invitations.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('invitations.sent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('invitations.validUntil')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.action')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.invitations.map((inv) => (
                <Table.Row key={inv.id}>
                  <Table.Cell id={`invitation-${inv.id}`} tabIndex={-1}>
                    {inv.name}
                    <br />
                    <span className="kl-muted">{inv.email}</span>
                  </Table.Cell>
                  <Table.Cell>{inv.organisationName}</Table.Cell>
                  <Table.Cell>{inv.roles.map((r) => roleLabel(r.role)).join(', ')}</Table.Cell>
                  <Table.Cell>{formatDate(inv.createdAt)}</Table.Cell>
                  <Table.Cell>{formatDate(inv.expiresAt)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={STATUS_COLOR[inv.status]}>
                      {t(`invitationStatus.${inv.status}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {inv.status === 'open' && (
                      <Button variant="tertiary" data-size="sm" onClick={() => void revoke(inv)} aria-label={t('invitations.revokeFor', { name: inv.name })}>
                        {t('invitations.revoke')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Page>
  );
}
