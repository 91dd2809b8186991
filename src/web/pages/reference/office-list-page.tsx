// The Statsforvalter offices and the counties each serves.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { Table } from '@digdir/designsystemet-react';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function OfficeListPage() {
  const t = useT();
  const { data, error, loading } = useOffices();
  const counties = useCall(referenceApi.listCounties, { query: { division: '2024' } }).data?.counties ?? [];
  const countyName = (n: string) => counties.find((c) => c.number === n)?.name ?? n;
  return (
    <Page title={t('page.offices')}>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && (
        <Table zebra className="kl-table">
          <caption>{t('reference.officesCaption', { count: data.offices.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('reference.countiesServed')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.offices.map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>{o.name}</Table.Cell>
                <Table.Cell>{o.countyNumbers.map((n) => `${countyName(n)} (${n})`).join(', ')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Page>
  );
}
