// `/behovsmeldinger`: the behovsmeldinger the user may read (own partnerships, or the office's for staff), and the
// way to start a new one where the server lets them (`creates` of the list).
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ListTable, RowLink, type Column } from '../../../components/list-table.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Page } from '../../../components/page.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { ApplicationSummary } from '../../../types/behovsmelding.ts';
import { formatLocalDeadline } from './local-time-text.ts';
import { StatusTag } from './status-tag.tsx';
import { applicationPath } from './steps.ts';

export function ApplicationListPage() {
  const t = useT();
  const { data, error } = useCall(behovsmeldingApi.listApplications);
  const columns: Column<ApplicationSummary>[] = [
    { header: t('bm.overview.partnership'), cell: (a) => <RowLink to={applicationPath(a.id)}>{a.partnershipName}</RowLink> },
    { header: t('bm.overview.round'), cell: (a) => a.roundTitle },
    { header: t('bm.list.year'), cell: (a) => a.year },
    { header: t('field.status'), cell: (a) => <StatusTag status={a.status} /> },
    { header: t('bm.overview.deadline'), cell: (a) => formatLocalDeadline(a.deadlineLocal, t) },
    { header: t('bm.overview.documentNumber'), cell: (a) => a.documentNumber ?? '' },
    { header: t('bm.list.updated'), cell: (a) => formatDateTime(a.updatedAt) },
  ];
  return (
    <Page title={t('page.bmList')}>
      {data?.creates.application && (
        <div className="kl-actions kl-block">
          <Button asChild>
            <RouterLink to="/behovsmeldinger/ny">{t('page.bmNew')}</RouterLink>
          </Button>
        </div>
      )}
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data &&
        (data.applications.length === 0 ? (
          <Paragraph>{t('bm.list.none')}</Paragraph>
        ) : (
          <ListTable caption={t('bm.list.caption', { count: data.applications.length })} columns={columns} rows={data.applications} />
        ))}
    </Page>
  );
}
