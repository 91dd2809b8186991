// The start page's overview of the user's own work (issue 12, point 5), one answer from the server: a coordinator's
// open rounds, drafts, returned and submitted applications; a case officer's new submissions since the last visit,
// returns awaiting resubmission and rounds closing soon. Loaded lazily by start-page.tsx, with its client.
import { useEffect, useState } from 'react';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { startApi } from '../../clients/start.ts';
import { useCall } from '../../hooks/use-call.ts';
import { CoordinatorOverview } from './coordinator-overview.tsx';
import { readLastVisit, writeLastVisit } from './last-visit.ts';
import { OfficeOverview } from './office-overview.tsx';

export function WorkOverview({ userId }: { userId: string }) {
  // Read once per visit: what is new is decided against the visit before this one.
  const [since] = useState(() => readLastVisit(userId));
  const [visitedAt] = useState(() => new Date());
  const { data, error, loading } = useCall(startApi.getStartOverview, { query: since ? { since } : {} });
  useEffect(() => {
    if (data?.office) writeLastVisit(userId, visitedAt);
  }, [data, userId, visitedAt]);
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
