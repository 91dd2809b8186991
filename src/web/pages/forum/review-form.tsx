// A member's own review of an item (issue 13, point 3): per criterion a score 1–5 (radios in a fieldset whose legend
// is the criterion) and a comment, an overall comment; "Lagre utkast" as often as the member likes, and "Send inn
// vurderingen" once every criterion has a score — saved first, then confirmed, since a submitted review is final
// (the member sees the others' from then on; src/domain/forum/review.ts says why).
import { Button, Dialog, Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { MyReview } from '../../../domain/forum/review-contract.ts';
import { ZReviewInput } from '../../../domain/forum/review.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { missingScoreErrors, reviewBody, reviewValues, SCORES, type ReviewFormValues } from './review-form-values.ts';
import './review.css';

export function ReviewForm({ itemId, onSubmitted }: { itemId: string; onSubmitted: () => void }) {
  const { data, error } = useCall(forumApi.getMyReview, { params: { id: itemId } });
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return <Loading />;
  return <ReviewFormBody mine={data} onSubmitted={onSubmitted} />;
}

function ReviewFormBody({ mine, onSubmitted }: { mine: MyReview; onSubmitted: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const { criteria } = mine;
  // The version the next save or submit starts from: 0 until the first save.
  const version = useRef(mine.review?.version ?? 0);
  // Which button sent the form: both save the draft; "send inn" also checks every score is given, then confirms.
  const intent = useRef<'save' | 'submit'>('save');
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitFailure, setSubmitFailure] = useState<ApiError | null>(null);

  const form = useForm({
    initial: reviewValues(criteria, mine.review),
    toBody: (v: ReviewFormValues) => reviewBody(criteria, v, version.current),
    schema: ZReviewInput,
    rules: (body) => (intent.current === 'submit' ? missingScoreErrors(criteria, body) : []),
    onSubmit: async (body) => {
      const saved = await forumApi.saveMyReview({ params: { id: mine.itemId }, body });
      version.current = saved.review?.version ?? version.current;
      if (intent.current === 'submit') setConfirming(true);
      else announce(t('forumReview.saved'));
    },
  });
  const { values, setValues } = form;
  const setLine = (criterionId: string, patch: Partial<{ score: string; comment: string }>) =>
    setValues((v) => ({ ...v, scores: { ...v.scores, [criterionId]: { score: '', comment: '', ...v.scores[criterionId], ...patch } } }));

  const submit = async () => {
    setConfirming(false);
    setSubmitting(true);
    setSubmitFailure(null);
    try {
      await forumApi.submitMyReview({ params: { id: mine.itemId }, body: { baseVersion: version.current } });
      announce(t('forumReview.submittedStatus'));
      onSubmitted();
    } catch (error) {
      setSubmitFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {mine.byDeputy && <Paragraph>{t('forumReview.asDeputy', { member: mine.memberName })}</Paragraph>}
      <Paragraph>{t('forumReview.scale')}</Paragraph>
      {submitFailure && <ApiErrorAlert error={submitFailure} />}
      <FormFrame form={form} label={t('forumReview.formLabel')}>
        {criteria.map((c, index) => {
          const field = `scores.${c.id}`;
          const error = form.errorFor(field);
          const line = values.scores[c.id] ?? { score: '', comment: '' };
          return (
            <div key={c.id} className="kl-section">
              <Fieldset id={fieldId(field)}>
                <Fieldset.Legend>{c.title}</Fieldset.Legend>
                {c.description && <Fieldset.Description>{c.description}</Fieldset.Description>}
                <div className="rv-scores">
                  {SCORES.map((s) => (
                    <Radio
                      key={s}
                      name={`score-${c.id}`}
                      value={s}
                      label={t('forumReview.scoreOption', { score: s })}
                      checked={line.score === s}
                      aria-invalid={error ? true : undefined}
                      onChange={() => setLine(c.id, { score: s })}
                    />
                  ))}
                </div>
                {error && <ValidationMessage>{error}</ValidationMessage>}
              </Fieldset>
              <TextField
                name={`scores.${index}.comment`}
                label={t('forumReview.criterionComment', { title: c.title })}
                multiline
                value={line.comment}
                error={form.errorFor(`scores.${index}.comment`)}
                onChange={(v) => setLine(c.id, { comment: v })}
              />
            </div>
          );
        })}
        <TextField name="comment" label={t('forumReview.overallComment')} multiline value={values.comment} error={form.errorFor('comment')} onChange={(v) => form.set('comment', v)} />
        <div className="kl-actions">
          <Button type="submit" variant="secondary" loading={form.submitting && intent.current === 'save'} onClick={() => (intent.current = 'save')}>
            {t('forumReview.save')}
          </Button>
          <Button type="submit" loading={submitting || (form.submitting && intent.current === 'submit')} onClick={() => (intent.current = 'submit')}>
            {t('forumReview.submit')}
          </Button>
        </div>
      </FormFrame>
      <Dialog open={confirming} onClose={() => setConfirming(false)} closeButton={false} aria-labelledby="forum-review-confirm-heading">
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="forum-review-confirm-heading">
            {t('forumReview.confirmHeading')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('forumReview.confirmText')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block>
          <div className="kl-actions">
            <Button type="button" onClick={() => void submit()}>
              {t('forumReview.confirm')}
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
