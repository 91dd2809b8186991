// Counties in the current or the previous division, with their parallel names.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { DivisionSelect } from './division-select.tsx';
import { ParallelNames } from './parallel-names.tsx';

export function CountyListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const division = params.get('inndeling') === '2020' ? '2020' : '2024';
  const { data, error, loading } = useCall(referenceApi.listCounties, { query: { division: division } });
  return (
    <Page title={t('page.counties')}>
      <div className="kl-filters">
        <DivisionSelect value={division} onChange={(v) => setParams(v === '2024' ? {} : { inndeling: v })} />
      </div>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {data && (
        <>
          <Table zebra className="kl-table">
            <caption>{t('reference.countiesCaption', { division, count: data.counties.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.number')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('reference.parallelNames')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.counties.map((c) => (
                <Table.Row key={c.number}>
                  <Table.Cell>{c.number}</Table.Cell>
                  <Table.Cell>{c.name}</Table.Cell>
                  <Table.Cell>
                    <ParallelNames names={c.parallelNames} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Paragraph data-size="sm" lang="nb" className="kl-attribution">
            {data.attribution}
          </Paragraph>
        </>
      )}
    </Page>
  );
}
