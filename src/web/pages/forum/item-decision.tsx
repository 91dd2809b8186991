// An agenda item's decision on its page (issue 13, point 5): a voter's vote while the item is open, the
// secretariat's record of the decision (consensus, or a vote with counts and any dissent), and — once decided — the
// result, shown to everyone who reads the item. What each actor is offered follows the item's `allowed`.
//
// The meeting's answer tells only when an item was decided; its wording, counts and dissent are read from the round's
// innstilling, whose items are those of the round's meeting (or the adopting one) — matched by position and title.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TVoteCounts } from '../../../domain/forum/decision.ts';
import type { ItemDecision } from '../../../domain/forum/innstilling-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { DetailList } from '../../components/detail-list.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { DecisionForm } from './decision-form.tsx';
import type { ItemLookup } from './use-forum-item.ts';
import { VotePanel } from './vote-panel.tsx';

/** A decision as shown: what the API gives on recording, or what the innstilling says of the item. */
export type ShownDecision = { kind: 'consensus' | 'vote' | null; text: string | null; counts: TVoteCounts | null; dissent: string | null };

/** "Vedtatt ved avstemning: 4 for, 1 mot, 0 avstår" — or by consensus. */
export function decisionSentence(t: TFunction, d: ShownDecision): string {
  if (d.kind === 'consensus') return t('forumDecision.byConsensus');
  if (d.kind === 'vote' && d.counts) return t('forumDecision.byVote', { for: d.counts.for, against: d.counts.mot, abstain: d.counts.avstår });
  return t('forumDecision.undecided');
}

export function ItemDecisionSection({ found, onChanged }: { found: ItemLookup; onChanged: () => void }) {
  const t = useT();
  const { item } = found;
  const [recorded, setRecorded] = useState<ItemDecision | null>(null);
  const decidedAt = recorded?.decidedAt ?? item.decidedAt;
  const mayVote = item.allowed.includes('vote') && decidedAt === null;
  const mayRecord = item.allowed.includes('record-decision') && decidedAt === null;
  const onRecorded = (d: ItemDecision) => {
    setRecorded(d);
    onChanged();
  };
  return (
    <>
      {mayVote && <VotePanel itemId={item.id} title={item.title} />}
      <section aria-labelledby="forum-decision-heading" className="kl-section">
        <Heading level={2} data-size="sm" id="forum-decision-heading">
          {t('forumDecision.heading')}
        </Heading>
        {recorded ? (
          <DecisionDetails decision={recorded} decidedAt={recorded.decidedAt} />
        ) : decidedAt !== null ? (
          <DecidedFromInnstilling found={found} decidedAt={decidedAt} />
        ) : mayRecord ? (
          <DecisionForm itemId={item.id} title={item.title} onRecorded={onRecorded} />
        ) : (
          <Paragraph>{t('forumDecision.notYet')}</Paragraph>
        )}
      </section>
    </>
  );
}

function DecidedFromInnstilling({ found, decidedAt }: { found: ItemLookup; decidedAt: string }) {
  const { meeting, item } = found;
  const { data } = useCall(forumApi.getInnstilling, meeting.roundId ? { params: { roundId: meeting.roundId } } : null);
  const inn = data?.innstilling;
  // The innstilling speaks of one meeting; an item of another meeting of the round shows its date only.
  const sameMeeting = inn?.meeting?.title === meeting.title && inn.meeting.startsAtLocal === meeting.startsAtLocal;
  const row = sameMeeting ? inn.items.find((i) => i.position === item.position && i.title === item.title) : undefined;
  const decision: ShownDecision | null = row ? { kind: row.decisionKind, text: row.decisionText, counts: row.voteCounts, dissent: row.dissent } : null;
  return <DecisionDetails decision={decision} decidedAt={decidedAt} />;
}

export function DecisionDetails({ decision, decidedAt }: { decision: ShownDecision | null; decidedAt: string }) {
  const t = useT();
  return (
    <DetailList
      items={[
        { label: t('forumDecision.decidedAt'), value: formatDateTime(decidedAt) },
        ...(decision ? [{ label: t('forumDecision.how'), value: decisionSentence(t, decision) }] : []),
        ...(decision?.text ? [{ label: t('forumDecision.wording'), value: decision.text }] : []),
        ...(decision?.dissent ? [{ label: t('forumDecision.dissentShown'), value: decision.dissent }] : []),
      ]}
    />
  );
}
