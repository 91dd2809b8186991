// The recusals on one agenda item (issue 13, point 2): those the system proposed (the member's organisation takes
// part in the application) and those members declared, each with the forum's decision as the secretariat records
// it — confirmed (and whether the deputy steps in) or rejected. A member of the forum may declare themself inhabil
// here, with a reason. What a recused member may no longer do follows on the server (item-facts.ts).
import { Button, Checkbox, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ForumRecusal, MeetingDetail } from '../../../domain/forum/members-contract.ts';
import { ZDeclareRecusal } from '../../../domain/forum/recusal.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { useMeetingAction } from './use-meeting-action.ts';

type Item = MeetingDetail['items'][number];

export function ItemRecusals({ item, reload }: { item: Item; reload: () => Promise<void> }) {
  const t = useT();
  const canDecide = item.allowed.includes('decide-recusal');
  const canDeclare = item.allowed.includes('declare-recusal');
  if (item.recusals.length === 0 && !canDeclare) return null;
  return (
    <div className="kl-block">
      <Heading level={4} data-size="2xs">
        {t('forumMeeting.recusals')}
      </Heading>
      {item.recusals.length === 0 ? (
        <Paragraph data-size="sm">{t('forumMeeting.noRecusals')}</Paragraph>
      ) : (
        <ul>
          {item.recusals.map((r) => (
            <li key={r.memberId}>
              <Recusal recusal={r} itemTitle={item.title} canDecide={canDecide} reload={reload} />
            </li>
          ))}
        </ul>
      )}
      {canDeclare && <Declare item={item} reload={reload} />}
    </div>
  );
}

const DECISION_COLOR = { pending: 'warning', confirmed: 'danger', rejected: 'neutral' } as const;

function Recusal({ recusal: r, itemTitle, canDecide, reload }: { recusal: ForumRecusal; itemTitle: string; canDecide: boolean; reload: () => Promise<void> }) {
  const t = useT();
  const { announce } = useStatus();
  const { failure, busy, run } = useMeetingAction();
  const [deputy, setDeputy] = useState(r.deputyStepsIn);
  const decide = (decision: 'confirmed' | 'rejected') =>
    run(async () => {
      await forumApi.decideForumRecusal({ params: { id: r.itemId, memberId: r.memberId }, body: { decision, deputyStepsIn: decision === 'confirmed' && deputy } });
      await reload();
      announce(t(decision === 'confirmed' ? 'forumMeeting.recusalConfirmed' : 'forumMeeting.recusalRejected', { name: r.memberName, title: itemTitle }));
    });
  const decisionText = r.decision === 'pending' ? t('forumMeeting.pending') : r.decision === 'confirmed' ? t('forumMeeting.confirmed') : t('forumMeeting.rejected');
  return (
    <>
      <Paragraph data-size="sm">
        <strong>
          {r.memberName} ({r.organisationName})
        </strong>{' '}
        <Tag data-color="info" data-size="sm">
          {r.source === 'proposed' ? t('forumMeeting.proposed') : t('forumMeeting.declared')}
        </Tag>{' '}
        <Tag data-color={DECISION_COLOR[r.decision]} data-size="sm">
          {decisionText}
        </Tag>
        {r.decision === 'confirmed' && r.deputyStepsIn && ` ${t('forumMeeting.deputyStepsIn')}`}
      </Paragraph>
      <Paragraph data-size="sm">{r.reason}</Paragraph>
      {failure && <ApiErrorAlert error={failure} />}
      {canDecide && (
        <div className="kl-actions">
          <Checkbox
            id={`deputy-${r.itemId}-${r.memberId}`}
            label={t('forumMeeting.deputyStepsInLabel', { name: r.memberName })}
            checked={deputy}
            onChange={(e) => setDeputy(e.target.checked)}
          />
          <Button type="button" data-size="sm" aria-label={t('forumMeeting.confirmOne', { name: r.memberName, title: itemTitle })} loading={busy} onClick={() => void decide('confirmed')}>
            {t('forumMeeting.confirm')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" aria-label={t('forumMeeting.rejectOne', { name: r.memberName, title: itemTitle })} onClick={() => void decide('rejected')}>
            {t('forumMeeting.reject')}
          </Button>
        </div>
      )}
    </>
  );
}

function Declare({ item, reload }: { item: Item; reload: () => Promise<void> }) {
  const t = useT();
  const { announce } = useStatus();
  const [open, setOpen] = useState(false);
  const form = useForm({
    initial: { reason: '' },
    schema: ZDeclareRecusal,
    fieldPrefix: `declare-${item.id}`,
    onSubmit: async (body: { reason: string }) => {
      await forumApi.declareForumRecusal({ params: { id: item.id }, body });
      await reload();
      announce(t('forumMeeting.declaredDone', { title: item.title }));
      setOpen(false);
    },
  });
  if (!open)
    return (
      <Button type="button" variant="secondary" data-size="sm" aria-label={t('forumMeeting.declareOne', { title: item.title })} onClick={() => setOpen(true)}>
        {t('forumMeeting.declare')}
      </Button>
    );
  return (
    <FormFrame form={form} label={t('forumMeeting.declareOne', { title: item.title })}>
      <TextField
        name={`declare-${item.id}.reason`}
        label={t('forum.label.recusalReason')}
        description={t('forumMeeting.declareHelp')}
        required
        multiline
        value={form.values.reason}
        error={form.errorFor(`declare-${item.id}.reason`)}
        onChange={(v) => form.set('reason', v)}
      />
      <div className="kl-actions">
        <Button type="submit" data-size="sm" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumMeeting.declareSubmit')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {t('forumMembers.cancel')}
        </Button>
      </div>
    </FormFrame>
  );
}
