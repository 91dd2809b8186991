// All organisations, searchable by name and filtered by kind (the server filters; the filters live in the address).
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ORGANISATION_KINDS } from '../../../domain/org/organisation.ts';
import { formatOrgnr } from '../../../domain/shared/fields.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FilterForm } from '../../components/filter-form.tsx';
import { useLabels } from '../../components/labels.ts';
import { ListTable, RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { byNumber, numberAndName, useMunicipalities, useNameMap, useOrganisations } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function OrganisationListPage() {
  const t = useT();
  const { kindLabel } = useLabels();
  const [params, setParams] = useSearchParams();
  const q = params.get('sok') ?? '';
  const kind = params.get('type') ?? '';
  const [draft, setDraft] = useState({ q, kind });
  const { data, error, loading } = useOrganisations({ q, kind });
  const municipalities = useMunicipalities();
  const names = useNameMap(municipalities.data?.municipalities, byNumber);

  const apply = () => setParams(Object.fromEntries(Object.entries({ sok: draft.q.trim(), type: draft.kind }).filter(([, v]) => v)));

  return (
    <Page title={t('page.organisations')}>
      {data?.creates.organisation && (
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
        <ListTable
          caption={t('page.organisations')}
          rows={data.organisations}
          columns={[
            { header: t('field.name'), cell: (o) => <RowLink to={`/organisasjoner/${o.id}`}>{o.name}</RowLink> },
            { header: t('field.kind'), cell: (o) => kindLabel(o.kind) },
            { header: t('field.orgnr'), cell: (o) => (o.orgnr ? formatOrgnr(o.orgnr) : '') },
            { header: t('field.municipality'), cell: (o) => numberAndName(o.municipalityNumber, names) },
          ]}
        />
      )}
    </Page>
  );
}
