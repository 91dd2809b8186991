// The start page's overview of the user's own work (issue 12, point 5), one answer from the server: a coordinator's
// open rounds, drafts, returned and submitted applications; a case officer's new submissions since the last visit,
// returns awaiting resubmission and rounds closing soon. Loaded lazily by start-page.tsx, with its client.
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { startApi } from '../../clients/start.ts';
import { useCall } from '../../hooks/use-call.ts';
import { CoordinatorOverview } from './coordinator-overview.tsx';
import { OfficeOverview } from './office-overview.tsx';

export function WorkOverview() {
  // The server remembers the case officer's last visit (per user, not per browser) and decides what is new.
  const { data, error, loading } = useCall(startApi.getStartOverview, {});
  if (loading && !data) return <Loading />;
  if (error) return <ApiErrorAlert error={error} />;
  if (!data || (!data.coordinator && !data.office)) return null;
  return (
    <>
      {data.coordinator && <CoordinatorOverview overview={data.coordinator} />}
      {data.office && <OfficeOverview overview={data.office} />}
    </>
  );
}
