// All organisations, searchable by name and filtered by kind (the server filters; the filters live in the address).
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ORGANISATION_KINDS } from '../../../domain/org/organisation.ts';
import { formatOrgnr } from '../../../domain/shared/fields.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FilterForm } from '../../components/filter-form.tsx';
import { useLabels } from '../../components/labels.ts';
import { ListPagination, usePage } from '../../components/list-pagination.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { byNumber, numberAndName, useMunicipalities, useNameMap, useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { isStaff } from '../../session/access.ts';
import { useSession } from '../../session/session-context.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

export function OrganisationListPage() {
  const t = useT();
  const { kindLabel } = useLabels();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('sok') ?? '';
  const kind = params.get('type') ?? '';
  const [draft, setDraft] = useState({ q, kind });
  const { data, error, loading } = useOrganisations({ q, kind });
  const municipalities = useMunicipalities();
  const names = useNameMap(municipalities.data?.municipalities, byNumber);
  const { page, totalPages, items } = usePage(data?.organisations ?? []);

  const apply = () => setParams(Object.fromEntries(Object.entries({ sok: draft.q.trim(), type: draft.kind }).filter(([, v]) => v)));

  return (
    <Page title={t('page.organisations')}>
      {isStaff(user) && (
        <Button asChild variant="primary" className="kl-block">
          <RouterLink to="/organisasjoner/ny">{t('organisation.new')}</RouterLink>
        </Button>
      )}
      <FilterForm label={t('organisation.filterLabel')} onSubmit={apply}>
        <SearchField id="org-sok" label={t('search.byName')} value={draft.q} onChange={(v) => setDraft((d) => ({ ...d, q: v }))} />
        <SelectField
          name="type"
          label={t('field.kind')}
          value={draft.kind}
          onChange={(v) => setDraft((d) => ({ ...d, kind: v }))}
          placeholder={t('filter.allKinds')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {/* Always rendered, so the new count is announced after filtering. */}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: data.organisations.length }) : ''}</Paragraph>
      {data && (
        <>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('page.organisations')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.kind')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.orgnr')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('field.municipality')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((o) => (
                  <Table.Row key={o.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/organisasjoner/${o.id}`}>{o.name}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{kindLabel(o.kind)}</Table.Cell>
                    <Table.Cell>{o.orgnr ? formatOrgnr(o.orgnr) : ''}</Table.Cell>
                    <Table.Cell>{numberAndName(o.municipalityNumber, names)}</Table.Cell>
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
