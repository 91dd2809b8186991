// The members' reviews of an item side by side (issue 13, point 3): a table with the criteria as rows and the members
// as columns, with the lowest, highest and mean score, then each member's comments; for the secretariat also how far
// each seat has come, and the editor of the forum's assessment. What is shown is what the API answered for this
// actor (a member sees it only once their own review is in).
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ItemScores, ReviewView } from '../../../domain/forum/review-contract.ts';
import { ZAssessmentInput } from '../../../domain/forum/review-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { DetailList } from '../../components/detail-list.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { formatScore } from './review-form-values.ts';

export function ScoresSideBySide({ scores }: { scores: ItemScores }) {
  const t = useT();
  const { criteria, reviews } = scores;
  const spread = new Map(scores.spread.map((s) => [s.criterionId, s]));
  const scoreOf = (r: ReviewView, criterionId: string) => r.scores.find((s) => s.criterionId === criterionId)?.score ?? null;
  return (
    <section aria-labelledby="forum-scores-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="forum-scores-heading">
        {t('forumScores.heading')}
      </Heading>
      {reviews.length === 0 ? (
        <Paragraph>{t('forumScores.none')}</Paragraph>
      ) : (
        <>
          <TableScroll>
            <Table zebra className="kl-table">
              <caption>{t('forumScores.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('forumScores.criterion')}</Table.HeaderCell>
                  {reviews.map((r) => (
                    <Table.HeaderCell key={r.memberId} scope="col" className="kl-num">
                      {r.memberName}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="kl-num">
                    {t('forumScores.min')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="kl-num">
                    {t('forumScores.max')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="kl-num">
                    {t('forumScores.mean')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {criteria.map((c) => {
                  const s = spread.get(c.id);
                  return (
                    <Table.Row key={c.id}>
                      <Table.HeaderCell scope="row">{c.title}</Table.HeaderCell>
                      {reviews.map((r) => (
                        <Table.Cell key={r.memberId} className="kl-num">
                          {formatScore(scoreOf(r, c.id))}
                        </Table.Cell>
                      ))}
                      <Table.Cell className="kl-num">{formatScore(s?.min ?? null)}</Table.Cell>
                      <Table.Cell className="kl-num">{formatScore(s?.max ?? null)}</Table.Cell>
                      <Table.Cell className="kl-num">{formatScore(s?.mean ?? null)}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </TableScroll>
          <Heading level={3} data-size="xs">
            {t('forumScores.commentsHeading')}
          </Heading>
          {reviews.map((r) => (
            <ReviewComments key={r.memberId} review={r} criteria={criteria} />
          ))}
        </>
      )}
    </section>
  );
}

function ReviewComments({ review, criteria }: { review: ReviewView; criteria: ItemScores['criteria'] }) {
  const t = useT();
  const comments = criteria.flatMap((c) => {
    const comment = review.scores.find((s) => s.criterionId === c.id)?.comment;
    return comment ? [{ title: c.title, comment }] : [];
  });
  return (
    <div className="kl-block">
      <Heading level={4} data-size="2xs">
        {t('forumScores.byMember', { member: review.memberName, organisation: review.organisationName })}
      </Heading>
      {review.byDeputy && <Paragraph data-size="sm">{t('forumScores.writtenByDeputy', { name: review.writtenByName })}</Paragraph>}
      {review.submittedAt && <Paragraph data-size="sm">{t('forumScores.submittedAt', { at: formatDateTime(review.submittedAt) })}</Paragraph>}
      {comments.length === 0 && !review.comment ? (
        <Paragraph>{t('forumScores.noComments')}</Paragraph>
      ) : (
        <DetailList
          items={[
            ...comments.map((c) => ({ label: c.title, value: <span className="kl-pre-line">{c.comment}</span> })),
            ...(review.comment ? [{ label: t('forumReview.overallComment'), value: <span className="kl-pre-line">{review.comment}</span> }] : []),
          ]}
        />
      )}
    </div>
  );
}

const PROGRESS_COLOR = { 'ikke-startet': 'neutral', utkast: 'info', sendt: 'success', inhabil: 'warning' } as const;

/** For the secretariat: each serving seat and how far its review has come. */
export function ReviewProgress({ progress }: { progress: NonNullable<ItemScores['progress']> }) {
  const t = useT();
  return (
    <section aria-labelledby="forum-progress-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="forum-progress-heading">
        {t('forumProgress.heading')}
      </Heading>
      {progress.length === 0 ? (
        <Paragraph>{t('forumProgress.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('forumProgress.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('forumProgress.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('forumProgress.organisation')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('forumProgress.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {progress.map((p) => (
                <Table.Row key={p.memberId}>
                  <Table.HeaderCell scope="row">{p.memberName}</Table.HeaderCell>
                  <Table.Cell>{p.organisationName}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={PROGRESS_COLOR[p.status]} data-size="sm">
                      {t(`forumProgress.${p.status}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The forum's assessment: read-only for members, an editor for the secretariat (a 409 says someone saved first). */
export function Assessment({ itemId, scores, mayEdit }: { itemId: string; scores: ItemScores; mayEdit: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="forum-assessment-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="forum-assessment-heading">
        {t('forumAssessment.heading')}
      </Heading>
      {mayEdit ? (
        <AssessmentEditor itemId={itemId} assessment={scores.assessment} version={scores.version} />
      ) : (
        <Paragraph className="kl-pre-line">{scores.assessment ?? t('forumAssessment.none')}</Paragraph>
      )}
    </section>
  );
}

function AssessmentEditor({ itemId, assessment, version: initialVersion }: { itemId: string; assessment: string | null; version: number }) {
  const t = useT();
  const { announce } = useStatus();
  const [version, setVersion] = useState(initialVersion);
  const form = useForm({
    initial: { assessment: assessment ?? '' },
    toBody: (v: { assessment: string }) => ({ assessment: v.assessment, expectedVersion: version }),
    schema: ZAssessmentInput,
    onSubmit: async (body) => {
      const saved = await forumApi.saveAssessment({ params: { id: itemId }, body });
      setVersion(saved.version);
      announce(t('forumAssessment.saved'));
    },
  });
  return (
    <FormFrame form={form} label={t('forumAssessment.heading')}>
      <Paragraph>{t('forumAssessment.help')}</Paragraph>
      <TextField name="assessment" label={t('forumAssessment.label')} multiline value={form.values.assessment} error={form.errorFor('assessment')} onChange={(v) => form.set('assessment', v)} />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('forumAssessment.save')}
        </Button>
      </div>
    </FormFrame>
  );
}
