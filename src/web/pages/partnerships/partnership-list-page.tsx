// The partnerships the user can see (the server filters by role and office).
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ListPagination, usePage } from '../../components/list-pagination.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { byId, useNameMap, useSchemes } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { hasRole } from '../../session/access.ts';
import { useSession } from '../../session/session-context.tsx';
import type { PartnershipSummary } from '../../types/org.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

export function PartnershipListPage() {
  const t = useT();
  const { user } = useSession();
  const { data, error, loading } = useApi<{ partnerships: PartnershipSummary[] }>('/api/partnerships');
  const schemes = useSchemes().data?.schemes;
  const schemeNames = useNameMap(
    schemes?.map((s) => ({ id: s.id, name: s.shortName })),
    byId,
  );
  const { page, totalPages, items } = usePage(data?.partnerships ?? []);
  return (
    <Page title={t('page.partnerships')}>
      {hasRole(user, 'admin', 'saksbehandler', 'eierkoordinator') && (
        <Button asChild className="kl-block">
          <RouterLink to="/partnerskap/ny">{t('partnership.new')}</RouterLink>
        </Button>
      )}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && data.partnerships.length === 0 && <Paragraph>{t('partnership.none')}</Paragraph>}
      {data && data.partnerships.length > 0 && (
        <>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('partnership.listCaption', { count: data.partnerships.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.scheme')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.applicant')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('partnership.ownerCount')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('memberRole.uh')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/partnerskap/${p.id}`}>{p.name}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{p.schemeId ? (schemeNames.get(p.schemeId) ?? p.schemeId) : ''}</Table.Cell>
                    <Table.Cell>{p.applicant.name}</Table.Cell>
                    <Table.Cell>{p.members.filter((m) => m.role === 'owner').length}</Table.Cell>
                    <Table.Cell>
                      {p.members
                        .filter((m) => m.role === 'uh')
                        .map((m) => m.name)
                        .join(', ')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <ListPagination page={page} totalPages={totalPages} />
        </>
      )}
    </Page>
  );
}
