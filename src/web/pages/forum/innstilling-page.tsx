// `/forum/utlysninger/:roundId/innstilling` (issue 13, point 5): the round's innstilling as it stands — a draft from
// the chosen scenario, or as adopted — with its downloads (PDF and DOCX from the same content), what still stands in
// the way of adopting it, and for the secretariat "Vedta innstillingen" at the meeting where the forum adopted it.
// Read by the secretariat, the members and the office's readers; partnerships see their own part on their
// application instead.
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { z } from 'zod';
import type { ZInnstillingAnswer } from '../../../domain/forum/innstilling-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { allocationPath } from './allocation-paths.ts';
import { InnstillingAdopt } from './innstilling-adopt.tsx';
import { InnstillingContent } from './innstilling-content.tsx';
import { meetingTimeParts } from './review-form-values.ts';

export type InnstillingAnswer = z.output<typeof ZInnstillingAnswer>;

export function InnstillingPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const { data, error } = useCall(forumApi.getInnstilling, { params: { roundId } });
  return (
    <Page title={t('page.forumInnstilling')} lead={data && <Paragraph>{t('innstilling.lead', { round: data.innstilling.roundTitle, office: data.innstilling.officeName })}</Paragraph>}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <Innstilling key={data.innstilling.roundId} initial={data} />}
    </Page>
  );
}

function Innstilling({ initial }: { initial: InnstillingAnswer }) {
  const t = useT();
  const [answer, setAnswer] = useState(initial);
  const { innstilling: inn, problems, allowed } = answer;
  const adopted = inn.state === 'vedtatt';
  const { user } = useSession();
  // `adopt` is asked of a quorate meeting, which reading has not chosen, so `allowed` never lists it here. The
  // secretariat is who may `edit` the round's allocation as a case officer — not an admin, whose pass does not reach
  // this personal act.
  const mayAdopt = allowed.includes('edit') && (user?.grants ?? []).some((g) => g.role === 'saksbehandler');
  const reload = async () => setAnswer(await forumApi.getInnstilling({ params: { roundId: inn.roundId } }));
  return (
    <>
      <DetailList
        items={[
          {
            label: t('innstilling.state'),
            value: (
              <Tag data-color={adopted ? 'success' : 'neutral'} data-size="sm">
                {t(adopted ? 'innstilling.stateAdopted' : 'innstilling.stateDraft')}
              </Tag>
            ),
          },
          ...(adopted && inn.adoptedAt ? [{ label: t('innstilling.adoptedAt'), value: t('innstilling.adoptedBy', { when: formatDateTime(inn.adoptedAt), name: inn.adoptedByName ?? '' }) }] : []),
          ...(inn.meeting ? [{ label: t('innstilling.meeting'), value: t('innstilling.meetingValue', { title: inn.meeting.title, ...meetingTimeParts(inn.meeting.startsAtLocal) }) }] : []),
          {
            label: t('innstilling.scenario'),
            value: (
              <Link asChild>
                <RouterLink to={allocationPath(inn.roundId)}>{inn.scenario?.name ?? t('innstilling.noScenario')}</RouterLink>
              </Link>
            ),
          },
        ]}
      />
      <Downloads roundId={inn.roundId} />
      {!adopted && problems.length > 0 && (
        <Alert data-color="warning" className="kl-block">
          <Heading level={2} data-size="xs">
            {t('innstilling.problems')}
          </Heading>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {!adopted && mayAdopt && <InnstillingAdopt roundId={inn.roundId} ready={problems.length === 0} onAdopted={setAnswer} onFailed={reload} />}
      <InnstillingContent innstilling={inn} />
    </>
  );
}

function Downloads({ roundId }: { roundId: string }) {
  const t = useT();
  const url = (format: 'pdf' | 'docx') => forumApi.exportInnstilling.url({ params: { roundId, format } });
  return (
    <section aria-labelledby="inn-downloads" className="kl-section">
      <Heading level={2} data-size="sm" id="inn-downloads">
        {t('innstilling.downloads')}
      </Heading>
      <ul className="kl-link-list">
        <li>
          <Link href={url('pdf')} download>
            {t('innstilling.pdf')}
          </Link>
        </li>
        <li>
          <Link href={url('docx')} download>
            {t('innstilling.docx')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
