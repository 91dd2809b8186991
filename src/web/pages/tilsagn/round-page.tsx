// `/tilsagn/utlysninger/:roundId` (issue 14, points 1, 3 and 6): a round's decisions as the office sees them — where
// its applications stand (the pipeline), "Forbered vedtak" from the adopted innstilling, each approval list with its
// decisions and the steps `allowed` offers (send for approval, approve or send back, issue the letters), and the
// issued letters with their files. Everything offered comes from the server's `allowed`: the page never guesses from
// roles, and a refusal (approving one's own decisions, say) is shown in the server's words.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { RoundVedtakAnswer } from '../../../domain/tilsagn/vedtak-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { RoundBatch } from './round-batch.tsx';
import { RoundLetters } from './round-letters.tsx';
import { RoundPipeline } from './round-pipeline.tsx';
import { useRoundAction } from './round-action.ts';

export function TilsagnRoundPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const { data, error } = useCall(tilsagnApi.getRoundVedtak, { params: { roundId } });
  return (
    <Page title={t('page.tilsagnRound')} lead={data && <Paragraph>{t('tilsagn.round.lead', { round: data.round.title, office: data.round.officeName })}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <RoundDecisions key={data.round.id} initial={data} />}
    </Page>
  );
}

function RoundDecisions({ initial }: { initial: RoundVedtakAnswer }) {
  const t = useT();
  const [answer, setAnswer] = useState(initial);
  // Bumped on every change, so the pipeline and the letters are asked again.
  const [changes, setChanges] = useState(0);
  const changed = (next: RoundVedtakAnswer) => {
    setAnswer(next);
    setChanges((n) => n + 1);
  };
  const reload = async () => changed(await tilsagnApi.getRoundVedtak({ params: { roundId: answer.round.id } }));
  const { round, allowed, batches } = answer;
  const prepared = batches.some((b) => b.kind === 'vedtak');
  const issued = batches.filter((b) => b.state === 'utstedt').length;
  return (
    <>
      {round.mayReadInnstilling && (
        <Paragraph>
          <RowLink to={`/forum/utlysninger/${round.id}/innstilling`}>{t('tilsagn.round.innstillingLink')}</RowLink>
        </Paragraph>
      )}
      {/* The archive handover (issue 15) is the case officers' (arkiv policy: staff of the office), the same actors
          tilsagn's `prepare` names; the archive page asks its own `allowed` for what it offers. */}
      {allowed.includes('prepare') && (
        <Paragraph>
          <RowLink to={`/arkiv/utlysninger/${round.id}`}>{t('tilsagn.round.archiveLink')}</RowLink>
        </Paragraph>
      )}
      {!round.innstillingAdopted && <Paragraph>{t('tilsagn.round.notAdopted')}</Paragraph>}
      <RoundPipeline roundId={round.id} changes={changes} />
      {!prepared && (allowed.includes('prepare') ? <Prepare roundId={round.id} onPrepared={changed} /> : <Paragraph className="kl-section">{t('tilsagn.round.nonePrepared')}</Paragraph>)}
      {batches.map((b, i) => (
        <RoundBatch key={b.id} batch={b} number={i + 1} mayIssue={allowed.includes('issue')} onChanged={changed} onReload={reload} />
      ))}
      {issued > 0 && <RoundLetters key={issued} roundId={round.id} />}
    </>
  );
}

function Prepare({ roundId, onPrepared }: { roundId: string; onPrepared: (answer: RoundVedtakAnswer) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const { failure, busy, run } = useRoundAction();
  const prepare = () =>
    run(async () => {
      onPrepared(await tilsagnApi.prepareRoundVedtak({ params: { roundId } }));
      announce(t('tilsagn.round.prepared'));
    });
  return (
    <section aria-labelledby="round-prepare" className="kl-section">
      <Heading level={2} data-size="sm" id="round-prepare">
        {t('tilsagn.round.prepareHeading')}
      </Heading>
      <Paragraph>{t('tilsagn.round.prepareHelp')}</Paragraph>
      {failure && <ApiErrorAlert error={failure} />}
      <div className="kl-actions kl-block">
        <Button type="button" onClick={() => void prepare()} loading={busy} aria-disabled={busy || undefined}>
          {t('tilsagn.round.prepare')}
        </Button>
      </div>
    </section>
  );
}
