// "Vedta innstillingen" (issue 13, point 5): the secretariat records that the forum adopted the round's innstilling,
// at one of the round's meetings (the newest first). Adopting locks it and reserves later years provisionally, so a
// dialog asks first. The server decides whether it may be done — a quorate meeting, a chosen scenario, every item
// decided, every reason given — and a refusal is shown with the page's list of what is missing brought up to date.
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatMeetingTime } from '../../../domain/forum/meeting-notice.ts';
import { behovsmeldingApi } from '../../clients/behovsmelding.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../forms/fields.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import type { InnstillingAnswer } from './innstilling-page.tsx';
import { useMeetingAction } from './use-meeting-action.ts';

type Props = { roundId: string; ready: boolean; onAdopted: (answer: InnstillingAnswer) => void; onFailed: () => Promise<void> };

export function InnstillingAdopt({ roundId, ready, onAdopted, onFailed }: Props) {
  const t = useT();
  const round = useCall(behovsmeldingApi.getRound, { params: { id: roundId } });
  const officeId = round.data?.round.officeId;
  const meetings = useCall(forumApi.listForumMeetings, officeId ? { params: { officeId } } : null);
  const error = round.error ?? meetings.error;
  const ofRound = (meetings.data?.meetings ?? []).filter((m) => m.roundId === roundId).sort((a, b) => b.startsAtLocal.localeCompare(a.startsAtLocal));
  return (
    <section aria-labelledby="inn-adopt" className="kl-section">
      <Heading level={2} data-size="sm" id="inn-adopt">
        {t('innstilling.adoptHeading')}
      </Heading>
      {error && <ApiErrorAlert error={error} />}
      {!error && !meetings.data && <Loading />}
      {meetings.data && ofRound.length === 0 && <Paragraph>{t('innstilling.noMeetings')}</Paragraph>}
      {ofRound.length > 0 && <AdoptForm roundId={roundId} ready={ready} meetings={ofRound} onAdopted={onAdopted} onFailed={onFailed} />}
    </section>
  );
}

function AdoptForm({ roundId, ready, meetings, onAdopted, onFailed }: Props & { meetings: { id: string; title: string; startsAtLocal: string }[] }) {
  const t = useT();
  const { announce } = useStatus();
  const { failure, busy, run } = useMeetingAction();
  const [meetingId, setMeetingId] = useState(meetings[0]!.id);
  const [confirming, setConfirming] = useState(false);
  const adopt = async () => {
    setConfirming(false);
    const ok = await run(async () => {
      onAdopted(await forumApi.adoptInnstilling({ params: { roundId }, body: { meetingId } }));
      announce(t('innstilling.adopted'));
    });
    if (!ok) await onFailed().catch(() => undefined);
  };
  return (
    <>
      <Paragraph>{t(ready ? 'innstilling.adoptHelp' : 'innstilling.adoptNotReady')}</Paragraph>
      {failure && <ApiErrorAlert error={failure} />}
      <SelectField
        name="adopt.meetingId"
        label={t('innstilling.adoptMeeting')}
        value={meetingId}
        onChange={setMeetingId}
        options={meetings.map((m) => ({ value: m.id, label: `${m.title} – ${formatMeetingTime(m.startsAtLocal)}` }))}
      />
      <div className="kl-actions kl-block">
        <Button type="button" onClick={() => setConfirming(true)} loading={busy} aria-disabled={busy || undefined}>
          {t('innstilling.adopt')}
        </Button>
      </div>
      <Dialog open={confirming} onClose={() => setConfirming(false)} closeButton={false} aria-labelledby="inn-adopt-confirm-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="inn-adopt-confirm-heading">
            {t('innstilling.confirmHeading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('innstilling.confirmText')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block>
          <div className="kl-actions">
            <Button type="button" onClick={() => void adopt()}>
              {t('innstilling.confirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
