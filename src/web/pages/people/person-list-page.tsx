// Contact persons, optionally for one organisation (?organisasjon=), with a name filter in the browser.
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { withQuery } from '../../api.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FilterForm } from '../../components/filter-form.tsx';
import { ListTable, RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function PersonListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisasjon') ?? '';
  const q = params.get('sok') ?? '';
  const [draft, setDraft] = useState({ organisationId, q });
  const { data, error, loading } = useCall(orgApi.listPeople, { query: { organisationId } });
  const organisations = useOrganisations().data?.organisations;
  const needle = q.toLocaleLowerCase('nb');
  const people = (data?.people ?? []).filter((p) => !needle || p.name.toLocaleLowerCase('nb').includes(needle) || p.email.includes(needle));

  const apply = () => setParams(Object.fromEntries(Object.entries({ organisasjon: draft.organisationId, sok: draft.q.trim() }).filter(([, v]) => v)));

  return (
    <Page title={t('page.people')}>
      {data?.creates.person && (
        <Button asChild className="kl-block">
          <RouterLink to={withQuery('/personer/ny', { organisasjon: organisationId })}>{t('person.new')}</RouterLink>
        </Button>
      )}
      <FilterForm label={t('person.filterLabel')} onSubmit={apply}>
        <SearchField id="person-sok" label={t('search.byNameOrEmail')} value={draft.q} onChange={(v) => setDraft((d) => ({ ...d, q: v }))} />
        <SelectField
          name="organisasjon"
          label={t('field.organisation')}
          value={draft.organisationId}
          onChange={(v) => setDraft((d) => ({ ...d, organisationId: v }))}
          placeholder={t('filter.allOrganisations')}
          options={(organisations ?? []).filter((o) => o.id === organisationId || data?.filters.organisationIds.includes(o.id)).map((o) => ({ value: o.id, label: o.name }))}
        />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: people.length }) : ''}</Paragraph>
      {data && people.length > 0 && (
        <ListTable
          caption={t('page.people')}
          rows={people}
          columns={[
            { header: t('field.name'), cell: (p) => <RowLink to={`/personer/${p.id}`}>{p.name}</RowLink> },
            { header: t('field.organisation'), cell: (p) => p.organisationName },
            { header: t('field.title'), cell: (p) => p.title ?? '' },
            { header: t('field.email'), cell: (p) => p.email },
          ]}
        />
      )}
    </Page>
  );
}
