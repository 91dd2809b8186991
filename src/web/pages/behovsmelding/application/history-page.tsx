// `/behovsmeldinger/:id/historikk`: every save of every field, newest first — who, when, which question, what.
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { HistoryTable } from '../../../forms/co-editing/history-table.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import { HISTORY_KEY_LABELS } from './history-labels.ts';

function ApplicationHistory({ id }: { id: string }) {
  const t = useT();
  const { data, error } = useCall(behovsmeldingApi.listFieldHistory, { params: { id } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  const keyLabel = (key: string) => {
    const label = Object.hasOwn(HISTORY_KEY_LABELS, key) ? HISTORY_KEY_LABELS[key] : undefined;
    return label ? t(label) : undefined;
  };
  return <HistoryTable texts="bm" rows={data.history} labelOf={(h) => h.label} keyLabel={keyLabel} />;
}

export function HistoryPage() {
  return (
    <ApplicationFrame title="page.bmHistory" steps={false}>
      {({ application }) => <ApplicationHistory id={application.id} />}
    </ApplicationFrame>
  );
}
