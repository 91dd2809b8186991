// A member's vote on an agenda item (issue 13, point 5): for, mot or avstår as radios, cast and changed as often as
// the member likes until the secretariat records the item's decision. Shown only where the item's `allowed` has
// 'vote' (a member, or the deputy in the member's place, present and not recused — never the secretariat).
//
// The API answers a vote with the option stored but has no way to read one's own vote back, so after a reload the
// radios start empty; the line under them says what was stored in this visit.
import { Button, Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { z } from 'zod';
import { VOTE_OPTIONS, type TVoteOption } from '../../../domain/forum/decision.ts';
import { forumApi } from '../../clients/forum.ts';
import { fieldId } from '../../forms/field-id.ts';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';

export function voteOptionLabel(t: TFunction, option: TVoteOption): string {
  return option === 'for' ? t('forumVote.for') : option === 'mot' ? t('forumVote.against') : t('forumVote.abstain');
}

export function VotePanel({ itemId, title }: { itemId: string; title: string }) {
  const t = useT();
  const { announce } = useStatus();
  const [stored, setStored] = useState<TVoteOption | null>(null);
  // The same options as the server's; nothing chosen is said beside the radios and in the error summary.
  const schema = z.strictObject({ option: z.enum(VOTE_OPTIONS, { error: t('forumVote.choose') }) });
  const form = useForm({
    initial: { option: '' as TVoteOption | '' },
    schema,
    fieldPrefix: 'vote',
    onSubmit: async ({ option }) => {
      if (option === '') return;
      const answer = await forumApi.castVote({ params: { id: itemId }, body: { option } });
      setStored(answer.option);
      announce(t('forumVote.saved', { option: voteOptionLabel(t, answer.option) }));
    },
  });
  const message = form.errorFor('vote.option');
  return (
    <section aria-labelledby="forum-vote-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="forum-vote-heading">
        {t('forumVote.heading')}
      </Heading>
      <Paragraph>{t('forumVote.help')}</Paragraph>
      <FormFrame form={form} label={t('forumVote.formLabel', { title })}>
        <Fieldset id={fieldId('vote.option')}>
          <Fieldset.Legend>{t('forumVote.legend', { title })}</Fieldset.Legend>
          {VOTE_OPTIONS.map((o) => (
            <Radio
              key={o}
              name="vote-option"
              value={o}
              label={voteOptionLabel(t, o)}
              checked={form.values.option === o}
              aria-invalid={message ? true : undefined}
              onChange={() => form.set('option', o)}
            />
          ))}
          {message && <ValidationMessage>{message}</ValidationMessage>}
        </Fieldset>
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {t('forumVote.submit')}
          </Button>
        </div>
      </FormFrame>
      {stored && <Paragraph>{t('forumVote.stored', { option: voteOptionLabel(t, stored) })}</Paragraph>}
    </section>
  );
}
