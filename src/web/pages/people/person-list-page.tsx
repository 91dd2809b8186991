// Contact persons, optionally for one organisation (?organisasjon=), with a name filter in the browser.
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { withQuery } from '../../api.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FilterForm } from '../../components/filter-form.tsx';
import { ListPagination, usePage } from '../../components/list-pagination.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { byId, useNameMap, useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Person } from '../../types/org.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

export function PersonListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisasjon') ?? '';
  const q = params.get('sok') ?? '';
  const [draft, setDraft] = useState({ organisationId, q });
  const { data, error, loading } = useApi<{ people: Person[] }>(withQuery('/api/people', { organisationId }));
  const organisations = useOrganisations().data?.organisations;
  const orgNames = useNameMap(organisations, byId);
  const needle = q.toLocaleLowerCase('nb');
  const people = (data?.people ?? []).filter((p) => !needle || p.name.toLocaleLowerCase('nb').includes(needle) || p.email.includes(needle));
  const { page, totalPages, items } = usePage(people);

  const apply = () => setParams(Object.fromEntries(Object.entries({ organisasjon: draft.organisationId, sok: draft.q.trim() }).filter(([, v]) => v)));

  return (
    <Page title={t('page.people')}>
      <Button asChild className="kl-block">
        <RouterLink to={withQuery('/personer/ny', { organisasjon: organisationId })}>{t('person.new')}</RouterLink>
      </Button>
      <FilterForm label={t('person.filterLabel')} onSubmit={apply}>
        <SearchField id="person-sok" label={t('search.byNameOrEmail')} value={draft.q} onChange={(v) => setDraft((d) => ({ ...d, q: v }))} />
        <SelectField
          name="organisasjon"
          label={t('field.organisation')}
          value={draft.organisationId}
          onChange={(v) => setDraft((d) => ({ ...d, organisationId: v }))}
          placeholder={t('filter.allOrganisations')}
          options={(organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: people.length }) : ''}</Paragraph>
      {data && people.length > 0 && (
        <>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('page.people')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.organisation')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.email')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/personer/${p.id}`}>{p.name}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{p.organisationName ?? orgNames.get(p.organisationId) ?? ''}</Table.Cell>
                    <Table.Cell>{p.title ?? ''}</Table.Cell>
                    <Table.Cell>{p.email}</Table.Cell>
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
