// `/behovsmeldinger/:id/historikk`: every save of every field, newest first — who, when, which question, what.
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useCall } from '../../../hooks/use-call.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { HistoryTable } from '../../../forms/co-editing/history-table.tsx';
import { useLocalize, useT } from '../../../i18n/i18n-context.tsx';
import { questionLabel } from './field-names.ts';
import { HISTORY_KEY_LABELS } from './history-labels.ts';

function ApplicationHistory({ id }: { id: string }) {
  const t = useT();
  const localize = useLocalize();
  const { data, error } = useCall(behovsmeldingApi.listFieldHistory, { params: { id } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  const keyLabel = (key: string) => {
    const label = Object.hasOwn(HISTORY_KEY_LABELS, key) ? HISTORY_KEY_LABELS[key] : undefined;
    return label ? t(label) : undefined;
  };
  // The server's label is the Bokmål one of the record; the page says the question in the reader's language.
  return <HistoryTable texts="bm" rows={data.history} labelOf={(h) => questionLabel(h.key, localize)} keyLabel={keyLabel} />;
}

export function HistoryPage() {
  return (
    <ApplicationFrame title="page.bmHistory" steps={false}>
      {({ application }) => <ApplicationHistory id={application.id} />}
    </ApplicationFrame>
  );
}
