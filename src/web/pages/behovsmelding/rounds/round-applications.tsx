// The office's list of a round's applications: downloads (Excel, case file), filters (status incl. "sen", free text)
// and sorting kept in the address and passed to the API, the table (application-table.tsx), and the listed
// applications' budget sums against the round's frame. Parts applied for at another office (e.g. Evenes → Nordland)
// are shown under their partnership but not counted.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { DetailList } from '../../../components/detail-list.tsx';
import { FilterForm } from '../../../components/filter-form.tsx';
import { Loading } from '../../../components/loading.tsx';
import { SearchField } from '../../../components/search-field.tsx';
import { SelectField } from '../../../forms/fields.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { RoundApplicationList, RoundDetail } from '../../../types/behovsmelding.ts';
import {
  applicationListArgs,
  ariaSortOf,
  listStateParams,
  readListState,
  STATUS_FILTERS,
  toggleSort,
  type SortKey,
  type StatusFilter,
} from './application-list-query.ts';
import { ApplicationTable } from './application-table.tsx';
import { useRoundLabels } from './round-labels.ts';

export function RoundApplications({ round }: { round: RoundDetail }) {
  const t = useT();
  const { statusFilterLabel } = useRoundLabels();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const [draft, setDraft] = useState({ status: state.status ?? '', q: state.q });
  const { data, error, loading } = useCall(behovsmeldingApi.listRoundApplications, applicationListArgs(round.id, state));
  const exportUrl = (format: 'xlsx' | 'zip') => behovsmeldingApi.exportRound.url({ params: { id: round.id, format } });

  const apply = () => setParams(listStateParams({ ...state, status: (draft.status || null) as StatusFilter | null, q: draft.q }, params));
  const sortBy = (key: SortKey) => setParams(listStateParams(toggleSort(state, key), params));

  return (
    <section aria-labelledby="round-applications" className="kl-section">
      <Heading level={2} data-size="sm" id="round-applications">
        {t('round.applications')}
      </Heading>
      <div className="kl-actions kl-block">
        <Button asChild variant="secondary">
          <a href={exportUrl('xlsx')} download>
            {t('round.downloadExcel')}
          </a>
        </Button>
        <Button asChild variant="secondary">
          <a href={exportUrl('zip')} download>
            {t('round.downloadZip')}
          </a>
        </Button>
      </div>
      <FilterForm label={t('round.applicationFilterLabel')} onSubmit={apply}>
        <SelectField
          name="status"
          label={t('field.status')}
          value={draft.status}
          onChange={(v) => setDraft((d) => ({ ...d, status: v }))}
          placeholder={t('filter.all')}
          options={STATUS_FILTERS.map((s) => ({ value: s, label: statusFilterLabel(s) }))}
        />
        <SearchField id="round-app-sok" label={t('round.searchApplications')} value={draft.q} onChange={(v) => setDraft((d) => ({ ...d, q: v }))} />
      </FilterForm>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      <Paragraph aria-live="polite">{data ? t('list.count', { count: data.applications.length }) : ''}</Paragraph>
      {data && data.applications.length === 0 && <Paragraph>{t('round.noApplications')}</Paragraph>}
      {data && data.applications.length > 0 && (
        <ApplicationTable round={round} list={data} sortOf={(key) => ariaSortOf(state, key)} onSort={sortBy} />
      )}
      {data && <FrameSummary sums={data.sums} />}
    </section>
  );
}

/** The listed applications' budget sums against the round's frame and what remains (negative: over the frame). */
function FrameSummary({ sums }: { sums: RoundApplicationList['sums'] }) {
  const t = useT();
  const over = sums.remainingKr !== null && sums.remainingKr < 0;
  return (
    <DetailList
      items={[
        { label: t('round.budgetFrame'), value: sums.budgetFrameKr === null ? t('round.noFrame') : formatMoney(sums.budgetFrameKr) },
        { label: t('round.sumAsked'), value: formatMoney(sums.totalKr) },
        {
          label: over ? t('round.overFrame') : t('round.remaining'),
          value: sums.remainingKr === null ? '' : formatMoney(Math.abs(sums.remainingKr)),
        },
      ]}
    />
  );
}
