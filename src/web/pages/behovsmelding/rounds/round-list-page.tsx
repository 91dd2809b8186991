// The rounds (utlysninger) the user can see, filtered by office and year (the server filters; the filters live in
// the address). Case officers open new ones.
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { FilterForm } from '../../../components/filter-form.tsx';
import { ListTable, RowLink } from '../../../components/list-table.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { SelectField } from '../../../forms/fields.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { useOffices, useSchemeNames } from '../../../hooks/use-reference.ts';
import { formatInteger } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { formatLocalDateTimeNo } from './local-date-time.ts';
import { ROUND_STATUS_COLOR, useRoundLabels } from './round-labels.ts';

/** The years offered in the filter: from the first rounds (2020) to two years ahead. */
function filterYears(now = new Date()): number[] {
  const last = now.getFullYear() + 2;
  return Array.from({ length: last - 2019 }, (_, i) => last - i);
}

export function RoundListPage() {
  const t = useT();
  const { roundStatusLabel } = useRoundLabels();
  const [params, setParams] = useSearchParams();
  const officeId = params.get('embete') ?? '';
  const year = /^\d{4}$/.test(params.get('ar') ?? '') ? (params.get('ar') as string) : '';
  const [draft, setDraft] = useState({ officeId, year });
  const { data, error, loading } = useCall(behovsmeldingApi.listRounds, { query: { officeId, year } });
  const offices = useOffices().data?.offices ?? [];
  const schemeNames = useSchemeNames();

  const apply = () => setParams(Object.fromEntries(Object.entries({ embete: draft.officeId, ar: draft.year }).filter(([, v]) => v)));

  return (
    <Page title={t('page.rounds')}>
      {data?.creates.round && (
        <Button asChild className="kl-block">
          <RouterLink to="/utlysninger/ny">{t('round.new')}</RouterLink>
        </Button>
      )}
      <FilterForm label={t('round.filterLabel')} onSubmit={apply}>
        <SelectField
          name="embete"
          label={t('field.office')}
          value={draft.officeId}
          onChange={(v) => setDraft((d) => ({ ...d, officeId: v }))}
          placeholder={t('round.allOffices')}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          name="ar"
          label={t('round.year')}
          value={draft.year}
          onChange={(v) => setDraft((d) => ({ ...d, year: v }))}
          placeholder={t('round.allYears')}
          options={filterYears().map((y) => ({ value: String(y), label: String(y) }))}
        />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {/* Always rendered, so the new count is announced after filtering. */}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: data.rounds.length }) : ''}</Paragraph>
      {data && data.rounds.length === 0 && <Paragraph>{t('round.none')}</Paragraph>}
      {data && data.rounds.length > 0 && (
        <ListTable
          caption={t('round.listCaption')}
          rows={data.rounds}
          columns={[
            { header: t('round.title'), cell: (r) => <RowLink to={`/utlysninger/${r.id}`}>{r.title}</RowLink> },
            { header: t('field.office'), cell: (r) => r.officeName },
            { header: t('field.scheme'), cell: (r) => schemeNames.get(r.schemeId) ?? r.schemeName },
            { header: t('round.year'), cell: (r) => r.year },
            { header: t('round.deadlineOslo'), cell: (r) => formatLocalDateTimeNo(r.deadlineLocal, t) },
            {
              header: t('field.status'),
              cell: (r) => (
                <Tag data-color={ROUND_STATUS_COLOR[r.status]} data-size="sm">
                  {roundStatusLabel(r.status)}
                </Tag>
              ),
            },
            { header: t('round.applicationCount'), cell: (r) => formatInteger(r.applicationCount) },
          ]}
        />
      )}
    </Page>
  );
}
