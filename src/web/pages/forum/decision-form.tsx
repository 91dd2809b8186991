// The secretariat records the forum's decision on an item (issue 13, point 5): consensus with its wording, or a vote
// with the counts per option — those the members cast on the screen, or entered by hand — and any dissent, which the
// innstilling prints. The server's refusals (more votes than voters present, no votes at all) come back on their fields.
// The tally of the votes cast (GET …/votes, the secretariat's) says how many have voted, and pre-fills the counts when
// the secretariat turns to a vote with none entered; it is asked again then, as members vote during the meeting.
import { Button, Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { VOTE_OPTIONS, ZDecisionInput, type TVoteOption } from '../../../domain/forum/decision.ts';
import type { ItemDecision } from '../../../domain/forum/innstilling-contract.ts';
import type { ItemVotes } from '../../../domain/forum/members-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { decisionBody, decisionErrors, emptyDecision, withCastCounts, type DecisionFormValues } from './decision-form-values.ts';
import { voteOptionLabel } from './vote-panel.tsx';

type Props = { itemId: string; title: string; onRecorded: (decision: ItemDecision) => void };

export function DecisionForm({ itemId, title, onRecorded }: Props) {
  const t = useT();
  const { announce } = useStatus();
  const submitted = useRef(emptyDecision());
  const notWhole = (o: TVoteOption) => t('forumDecision.countNotWhole', { option: voteOptionLabel(t, o) });
  const form = useForm<DecisionFormValues, z.input<typeof ZDecisionInput>, z.output<typeof ZDecisionInput>>({
    initial: emptyDecision(),
    // The rules read the form's values, not the body (an unreadable count is sent as 0 there).
    toBody: (v) => {
      submitted.current = v;
      return decisionBody(v);
    },
    schema: ZDecisionInput,
    rules: () => decisionErrors(submitted.current, notWhole),
    onSubmit: async (body) => {
      const { decision } = await forumApi.recordDecision({ params: { id: itemId }, body });
      announce(t('forumDecision.saved', { title }));
      onRecorded(decision);
    },
  });
  const { values, set, setValues } = form;
  // The tally is a help, not a condition: without it (not loaded, or refused) the form works as before.
  const { data: tally, reload: reloadTally } = useCall(forumApi.getItemVotes, { params: { id: itemId } });
  useEffect(() => {
    if (tally) setValues((v) => withCastCounts(v, tally.counts));
  }, [tally, setValues]);
  const chooseVote = () => {
    setValues((v) => withCastCounts({ ...v, kind: 'vote' }, tally?.counts));
    reloadTally();
  };
  const setCount = (o: TVoteOption, value: string) => set('counts', { ...values.counts, [o]: value });
  const countsError = form.errorFor('counts');

  return (
    <FormFrame form={form} label={t('forumDecision.formLabel', { title })}>
      <Fieldset>
        <Fieldset.Legend>{t('forumDecision.kind')}</Fieldset.Legend>
        <Radio name="decision-kind" value="consensus" label={t('forumDecision.consensus')} checked={values.kind === 'consensus'} onChange={() => set('kind', 'consensus')} />
        <Radio name="decision-kind" value="vote" label={t('forumDecision.vote')} checked={values.kind === 'vote'} onChange={chooseVote} />
      </Fieldset>
      <TextField
        name="text"
        label={t(values.kind === 'consensus' ? 'forumDecision.text' : 'forumDecision.textOptional')}
        required={values.kind === 'consensus'}
        multiline
        value={values.text}
        error={form.errorFor('text')}
        onChange={(v) => set('text', v)}
      />
      {values.kind === 'vote' && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('forumDecision.countsFrom')}</Fieldset.Legend>
            <Radio name="decision-counts-from" value="entered" label={t('forumDecision.countsEntered')} checked={values.countsFrom === 'entered'} onChange={() => set('countsFrom', 'entered')} />
            <Radio name="decision-counts-from" value="cast" label={t('forumDecision.countsCast')} checked={values.countsFrom === 'cast'} onChange={() => set('countsFrom', 'cast')} />
          </Fieldset>
          {tally && <Paragraph>{castSentence(t, tally)}</Paragraph>}
          {values.countsFrom === 'entered' ? (
            <Fieldset id={fieldId('counts')}>
              <Fieldset.Legend>{t('forumDecision.counts')}</Fieldset.Legend>
              <Fieldset.Description>{t('forumDecision.countsHelp')}</Fieldset.Description>
              {VOTE_OPTIONS.map((o) => (
                <TextField
                  key={o}
                  name={`counts.${o}`}
                  label={t('forumDecision.countFor', { option: voteOptionLabel(t, o) })}
                  inputMode="numeric"
                  autoComplete="off"
                  value={values.counts[o]}
                  error={form.errorFor(`counts.${o}`)}
                  onChange={(v) => setCount(o, v)}
                />
              ))}
              {countsError && <ValidationMessage>{countsError}</ValidationMessage>}
            </Fieldset>
          ) : (
            <div id={fieldId('counts')}>
              <Paragraph>{t('forumDecision.countsCastHelp')}</Paragraph>
              {countsError && <ValidationMessage>{countsError}</ValidationMessage>}
            </div>
          )}
        </>
      )}
      <TextField
        name="dissent"
        label={t('forumDecision.dissent')}
        description={t('forumDecision.dissentHelp')}
        multiline
        value={values.dissent}
        error={form.errorFor('dissent')}
        onChange={(v) => set('dissent', v)}
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumDecision.submit')}
        </Button>
      </div>
    </FormFrame>
  );
}

/** "2 stemmer er avgitt: 1 for, 1 mot, 0 avstår. Stemmeberettigede til stede: 3." */
function castSentence(t: TFunction, tally: ItemVotes): string {
  const parts = { cast: tally.cast, voters: tally.voters, for: tally.counts.for, against: tally.counts.mot, abstain: tally.counts.avstår };
  if (tally.cast === 0) return t('forumDecision.castNone', parts);
  return t(tally.cast === 1 ? 'forumDecision.castOne' : 'forumDecision.castMany', parts);
}
