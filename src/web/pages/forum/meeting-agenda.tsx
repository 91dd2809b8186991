// The meeting's agenda (saksliste, issue 13, points 1–2): one item per application of the round, or a topic. The
// secretariat adds the round's applications (the server proposes recusals as it does), adds topics, moves items up
// and down with buttons (keyboard first: the moved item's button keeps focus) and removes items. Each item shows
// its recusals with the forum's decision; each item's own page (/forum/saker/:id) holds the review and decision.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { ZTopicItemInput } from '../../../domain/forum/meeting.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { ItemRecusals } from './item-recusals.tsx';
import { useMeetingAction } from './use-meeting-action.ts';

type Props = { meeting: MeetingDetail; canPlan: boolean; onChange: (m: MeetingDetail) => void; reload: () => Promise<void> };
type Item = MeetingDetail['items'][number];

export function MeetingAgenda({ meeting, canPlan, onChange, reload }: Props) {
  const t = useT();
  const { announce } = useStatus();
  const { failure, busy, run } = useMeetingAction();
  const heading = useRef<HTMLHeadingElement>(null);
  // After a move the item's button is focused again once the new order is drawn (React may re-insert the node).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const [id, direction] = focusAfter.split(':');
    const other = direction === 'up' ? 'down' : 'up';
    (document.getElementById(`agenda-${id}-${direction}`) ?? document.getElementById(`agenda-${id}-${other}`))?.focus();
    setFocusAfter(null);
  }, [focusAfter, meeting]);
  const items = [...meeting.items].sort((a, b) => a.position - b.position);

  const addRound = () =>
    run(async () => {
      const answer = await forumApi.addForumRoundItems({ params: { id: meeting.id } });
      onChange(answer.meeting);
      announce(t('forumMeeting.roundItemsAdded', { added: answer.added, proposed: answer.proposedRecusals }));
    });
  const move = (item: Item, by: -1 | 1) =>
    run(async () => {
      const at = items.findIndex((i) => i.id === item.id);
      const order = items.map((i) => i.id);
      order.splice(at, 1);
      order.splice(at + by, 0, item.id);
      onChange((await forumApi.reorderForumItems({ params: { id: meeting.id }, body: { itemIds: order } })).meeting);
      announce(t('forumMeeting.moved', { title: item.title, position: at + by + 1 }));
      setFocusAfter(`${item.id}:${by < 0 ? 'up' : 'down'}`);
    });
  const remove = (item: Item) =>
    run(async () => {
      onChange((await forumApi.removeForumItem({ params: { id: item.id } })).meeting);
      announce(t('forumMeeting.removed', { title: item.title }));
      heading.current?.focus();
    });

  return (
    <section aria-labelledby="meeting-agenda" className="kl-section">
      <Heading level={2} data-size="sm" id="meeting-agenda" ref={heading} tabIndex={-1}>
        {t('forumMeeting.agenda')}
      </Heading>
      {failure && <ApiErrorAlert error={failure} />}
      {canPlan && meeting.roundId && (
        <div className="kl-actions kl-block">
          <Button type="button" variant="secondary" onClick={() => void addRound()} loading={busy} aria-disabled={busy || undefined}>
            {t('forumMeeting.addRoundItems')}
          </Button>
        </div>
      )}
      {items.length === 0 ? (
        <Paragraph>{t('forumMeeting.noItems')}</Paragraph>
      ) : (
        <ol>
          {items.map((item, i) => (
            <li key={item.id}>
              <Heading level={3} data-size="xs" id={`agenda-${item.id}-title`}>
                <RowLink to={`/forum/saker/${item.id}`}>{item.title}</RowLink>
              </Heading>
              <Paragraph data-size="sm" className="kl-muted">
                {item.kind === 'application' ? t('forumMeeting.kindApplication') : t('forumMeeting.kindTopic')}
                {item.decidedAt ? ` · ${t('forumMeeting.decided')}` : ''}
              </Paragraph>
              {canPlan && (
                <div className="kl-actions">
                  {i > 0 && (
                    <Button id={`agenda-${item.id}-up`} type="button" variant="tertiary" data-size="sm" aria-label={t('forumMeeting.moveUp', { title: item.title })} onClick={() => void move(item, -1)}>
                      {t('forumMeeting.up')}
                    </Button>
                  )}
                  {i < items.length - 1 && (
                    <Button id={`agenda-${item.id}-down`} type="button" variant="tertiary" data-size="sm" aria-label={t('forumMeeting.moveDown', { title: item.title })} onClick={() => void move(item, 1)}>
                      {t('forumMeeting.down')}
                    </Button>
                  )}
                  {!item.decidedAt && (
                    <Button type="button" variant="tertiary" data-size="sm" aria-label={t('forumMeeting.removeOne', { title: item.title })} onClick={() => void remove(item)}>
                      {t('forumMeeting.remove')}
                    </Button>
                  )}
                </div>
              )}
              <ItemRecusals item={item} reload={reload} />
            </li>
          ))}
        </ol>
      )}
      {canPlan && <TopicForm meeting={meeting} onChange={onChange} />}
    </section>
  );
}

function TopicForm({ meeting, onChange }: { meeting: MeetingDetail; onChange: (m: MeetingDetail) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm({
    initial: { title: '' },
    schema: ZTopicItemInput,
    fieldPrefix: 'topic',
    onSubmit: async (body: { title: string }) => {
      onChange((await forumApi.addForumTopicItem({ params: { id: meeting.id }, body })).meeting);
      announce(t('forumMeeting.topicAdded', { title: body.title.trim() }));
      form.set('title', '');
    },
  });
  return (
    <FormFrame form={form} label={t('forumMeeting.addTopic')}>
      <TextField name="topic.title" label={t('forum.label.topicTitle')} required value={form.values.title} error={form.errorFor('topic.title')} onChange={(v) => form.set('title', v)} autoComplete="off" />
      <div className="kl-actions">
        <Button type="submit" variant="secondary" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumMeeting.addTopic')}
        </Button>
      </div>
    </FormFrame>
  );
}
