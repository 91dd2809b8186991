// `/skjema/:responseId/historikk` ("Endringslogg"): every save of every answer of a co-edited response, newest first —
// when, who, which question, what. The server sends the Bokmål label; the page says each question as the catalogue
// has it in the reader's language, and keeps the server's label for a key the catalogue no longer has.
import { Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { questionsInOrder } from '../../../domain/questionnaire/catalogue.ts';
import type { QuestionnaireResponse, ResponseHistoryEntry } from '../../../domain/questionnaire/contract.ts';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { HistoryTable } from '../../forms/co-editing/history-table.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';

export function ResponseHistoryPage() {
  const t = useT();
  const localize = useLocalize();
  const { responseId = '' } = useParams();
  const response = useCall(questionnaireApi.getResponse, { params: { id: responseId } });
  const history = useCall(questionnaireApi.listResponseHistory, { params: { id: responseId } });
  const r = response.data?.response;
  const error = response.error ?? history.error;
  return (
    <Page
      title={t('page.qHistory')}
      lead={
        r && (
          <Paragraph>
            <RouterLink to={`/skjema/${r.id}`}>{`${localize(r.catalogue.title)} – ${r.subject}`}</RouterLink>
          </Paragraph>
        )
      }
    >
      {error && <ApiErrorAlert error={error} />}
      {!error && (!r || !history.data) && <Loading />}
      {!error && r && history.data && <ResponseHistory response={r} rows={history.data.history} />}
    </Page>
  );
}

function ResponseHistory({ response, rows }: { response: QuestionnaireResponse; rows: ResponseHistoryEntry[] }) {
  const localize = useLocalize();
  const labels = useMemo(() => new Map(questionsInOrder(response.catalogue).map((p) => [p.question.key, p.question.label])), [response.catalogue]);
  const labelOf = (row: ResponseHistoryEntry) => {
    const label = labels.get(row.key);
    return label ? localize(label) : row.label;
  };
  // A table's rows are grouped answers: each cell named by its column, as the form heads it.
  const columns = useMemo(
    () => new Map(questionsInOrder(response.catalogue).flatMap((p) => (p.question.type === 'table' ? p.question.columns.map((c) => [c.key, c.label] as const) : []))),
    [response.catalogue],
  );
  const keyLabel = (key: string) => {
    const label = columns.get(key);
    return label ? localize(label) : undefined;
  };
  return <HistoryTable texts="q" rows={rows} labelOf={labelOf} keyLabel={keyLabel} />;
}
