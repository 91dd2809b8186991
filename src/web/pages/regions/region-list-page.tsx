// Regions (groups of municipalities an RSK covers).
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { byId, useNameMap, useOffices, useRegions } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function RegionListPage() {
  const t = useT();
  const { data, error, loading } = useRegions();
  const offices = useNameMap(useOffices().data?.offices, byId);
  return (
    <Page title={t('page.regions')}>
      {data?.creates.region && (
        <Button asChild className="kl-block">
          <RouterLink to="/regioner/ny">{t('region.new')}</RouterLink>
        </Button>
      )}
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && data.regions.length === 0 && <Paragraph>{t('region.none')}</Paragraph>}
      {data && data.regions.length > 0 && (
        <Table zebra className="kl-table">
          <caption>{t('page.regions')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.office')}</Table.HeaderCell>
              <Table.HeaderCell>{t('region.municipalities')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.regions.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/regioner/${r.id}`}>{r.name}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{r.officeId ? (offices.get(r.officeId) ?? r.officeId) : ''}</Table.Cell>
                <Table.Cell>{r.municipalities.map((m) => m.name).join(', ')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Page>
  );
}
