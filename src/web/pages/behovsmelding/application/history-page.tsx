// `/behovsmeldinger/:id/historikk`: every save of every field, newest first — who, when, which question, what.
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { HistoryTable } from '../../../forms/co-editing/history-table.tsx';

function ApplicationHistory({ id }: { id: string }) {
  const { data, error } = useCall(behovsmeldingApi.listFieldHistory, { params: { id } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  return <HistoryTable texts="bm" rows={data.history} labelOf={(h) => h.label} />;
}

export function HistoryPage() {
  return (
    <ApplicationFrame title="page.bmHistory" steps={false}>
      {({ application }) => <ApplicationHistory id={application.id} />}
    </ApplicationFrame>
  );
}
