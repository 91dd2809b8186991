// Municipalities of a division, filtered by county and name (also Sámi/Kven names), with the Sámi language
// administrative area and, for the 2020 division, the 2024 municipality each became.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FilterForm } from '../../components/filter-form.tsx';
import { useLabels } from '../../components/labels.ts';
import { ListPagination, usePage } from '../../components/list-pagination.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { byNumber, numberAndName, useMunicipalities, useNameMap } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DivisionSelect } from './division-select.tsx';
import { ParallelNames } from './parallel-names.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

const SAMI_LANG = { nordsamisk: 'se', lulesamisk: 'smj', sorsamisk: 'sma' } as const;

export function MunicipalityListPage() {
  const t = useT();
  const { samiLanguageLabel } = useLabels();
  const [params, setParams] = useSearchParams();
  const division = params.get('inndeling') === '2020' ? '2020' : '2024';
  const county = params.get('fylke') ?? '';
  const q = params.get('sok') ?? '';
  const [draft, setDraft] = useState<{ division: '2024' | '2020'; county: string; q: string }>({ division, county, q });
  const counties = useCall(referenceApi.listCounties, { query: { division: draft.division } }).data?.counties ?? [];
  const shownCounties = useNameMap(useCall(referenceApi.listCounties, { query: { division } }).data?.counties, byNumber);
  const { data, error, loading } = useCall(referenceApi.listMunicipalities, { query: { division, county, q } });
  // 2024 names for the successors of 2020 municipalities.
  const current = useNameMap(useMunicipalities(2024).data?.municipalities, byNumber);
  const { page, totalPages, items } = usePage(data?.municipalities ?? []);
  const legacy = division === '2020';

  const apply = () =>
    setParams(Object.fromEntries(Object.entries({ inndeling: draft.division === '2024' ? '' : draft.division, fylke: draft.county, sok: draft.q.trim() }).filter(([, v]) => v)));

  return (
    <Page title={t('page.municipalities')}>
      <FilterForm label={t('reference.municipalityFilter')} onSubmit={apply}>
        <DivisionSelect value={draft.division} onChange={(v) => setDraft((d) => ({ ...d, division: v === '2020' ? '2020' : '2024', county: '' }))} />
        <SelectField
          name="fylke"
          label={t('field.county')}
          value={draft.county}
          onChange={(v) => setDraft((d) => ({ ...d, county: v }))}
          placeholder={t('filter.allCounties')}
          options={counties.map((c) => ({ value: c.number, label: `${c.name} (${c.number})` }))}
        />
        <SearchField id="kommune-sok" label={t('search.byNameOrNumber')} value={draft.q} onChange={(v) => setDraft((d) => ({ ...d, q: v }))} />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: data.municipalities.length }) : ''}</Paragraph>
      {data && (
        <>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('reference.municipalitiesCaption', { division })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('field.number')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reference.parallelNames')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.county')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reference.samiArea')}</Table.HeaderCell>
                  {legacy && <Table.HeaderCell>{t('reference.successor')}</Table.HeaderCell>}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((m) => (
                  <Table.Row key={m.number}>
                    <Table.Cell>{m.number}</Table.Cell>
                    <Table.Cell>{m.name}</Table.Cell>
                    <Table.Cell>
                      <ParallelNames names={m.parallelNames} samiLang={m.samiLanguage ? SAMI_LANG[m.samiLanguage] : undefined} />
                    </Table.Cell>
                    <Table.Cell>{numberAndName(m.countyNumber, shownCounties)}</Table.Cell>
                    <Table.Cell>{m.samiLanguage ? samiLanguageLabel(m.samiLanguage) : ''}</Table.Cell>
                    {legacy && <Table.Cell>{m.successorNumbers.map((n) => numberAndName(n, current)).join(', ')}</Table.Cell>}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <ListPagination page={page} totalPages={totalPages} />
          <Paragraph data-size="sm" lang="nb" className="kl-attribution">
            {data.attribution}
          </Paragraph>
        </>
      )}
    </Page>
  );
}
