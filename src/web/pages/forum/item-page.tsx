// One agenda item of a forum meeting (issue 13, point 3): its meeting, the application it is about (its read view
// and PDF — the forum reads the round's applications), and then what this actor may do, as the item's `allowed` says:
// - a member who may score: their own review (draft, then submitted); the others' only once their own is in;
// - a recused member (or one whose recusal the forum has not decided yet): that they are, and nothing of the scores;
// - the secretariat: every review side by side with the spread and the comments, how far each seat has come, and the
//   forum's assessment to write.
// Declaring a recusal is done on the meeting page, where every item's recusals are; this page links there.
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useParams, Link as RouterLink } from 'react-router';
import { behovsmeldingApi } from '../../clients/behovsmelding.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { Assessment, ReviewProgress, ScoresSideBySide } from './item-scores.tsx';
import { ReviewForm } from './review-form.tsx';
import { meetingTimeParts } from './review-form-values.ts';
import { useForumItem, type ItemLookup } from './use-forum-item.ts';
import { ItemDecisionSection } from './item-decision.tsx';

export function ForumItemPage() {
  const t = useT();
  const { itemId = '' } = useParams();
  const { found, error, done, reload } = useForumItem(itemId);
  return (
    <Page title={found?.item.title ?? t('page.forumItem')}>
      {error && <ApiErrorAlert error={error} />}
      {!done && !error && <Loading />}
      {done && !error && !found && (
        <Alert data-color="warning" className="kl-block">
          <Paragraph>{t('forumItem.notFound')}</Paragraph>
        </Alert>
      )}
      {found && <Item found={found} onChanged={reload} />}
    </Page>
  );
}

function Item({ found, onChanged }: { found: ItemLookup; onChanged: () => void }) {
  const t = useT();
  const { meeting, item } = found;
  const may = (verb: (typeof item.allowed)[number]) => item.allowed.includes(verb);
  const when = meetingTimeParts(meeting.startsAtLocal);
  // A member of the forum on this item who may not prepare it: recused, or proposed so and not yet decided.
  const recused = may('declare-recusal') && !may('score') && !may('assess');
  const seesScores = may('score') || may('read-scores') || may('assess');
  return (
    <>
      <DetailList
        items={[
          {
            label: t('forumItem.meeting'),
            value: (
              <Link asChild>
                <RouterLink to={`/forum/moter/${meeting.id}`}>{t('forumItem.meetingLink', { title: meeting.title, ...when })}</RouterLink>
              </Link>
            ),
          },
          ...(meeting.roundId
            ? [
                {
                  label: t('forumItem.round'),
                  value: (
                    <Link asChild>
                      <RouterLink to={`/utlysninger/${meeting.roundId}`}>{meeting.roundTitle}</RouterLink>
                    </Link>
                  ),
                },
                {
                  label: t('forumItem.criteria'),
                  value: (
                    <Link asChild>
                      <RouterLink to={`/forum/utlysninger/${meeting.roundId}/kriterier`}>{t('forumItem.criteriaLink')}</RouterLink>
                    </Link>
                  ),
                },
              ]
            : []),
          ...(item.decidedAt ? [{ label: t('forumItem.decided'), value: formatDateTime(item.decidedAt) }] : []),
        ]}
      />
      {item.applicationId && <ApplicationLinks applicationId={item.applicationId} />}
      {recused && (
        <Alert data-color="info" className="kl-block">
          <Heading level={2} data-size="xs">
            {t('forumItem.recusedHeading')}
          </Heading>
          <Paragraph>{t('forumItem.recused')}</Paragraph>
        </Alert>
      )}
      {may('declare-recusal') && may('score') && (
        <Paragraph>
          {t('forumItem.declareHint')}{' '}
          <Link asChild>
            <RouterLink to={`/forum/moter/${meeting.id}`}>{t('forumItem.declareLink')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {item.kind === 'application' && seesScores && <Review itemId={item.id} found={found} onChanged={onChanged} />}
      <ItemDecisionSection found={found} onChanged={onChanged} />
    </>
  );
}

function ApplicationLinks({ applicationId }: { applicationId: string }) {
  const t = useT();
  return (
    <section aria-labelledby="forum-application-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="forum-application-heading">
        {t('forumItem.application')}
      </Heading>
      <ul className="kl-link-list">
        <li>
          <Link asChild>
            <RouterLink to={`/behovsmeldinger/${applicationId}`}>{t('forumItem.readApplication')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link href={behovsmeldingApi.exportApplication.url({ params: { id: applicationId, format: 'pdf' }, query: {} })} download>
            {t('forumItem.applicationPdf')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function Review({ itemId, found, onChanged }: { itemId: string; found: ItemLookup; onChanged: () => void }) {
  const t = useT();
  const { data: scores, error, reload } = useCall(forumApi.getItemScores, { params: { id: itemId } });
  const { item } = found;
  if (error) return <ApiErrorAlert error={error} />;
  if (!scores) return <Loading />;
  const mayScore = item.allowed.includes('score');
  const ownSubmitted = scores.mine?.submittedAt ?? null;
  const submitted = () => {
    reload();
    onChanged();
  };
  return (
    <>
      {mayScore && (
        <section aria-labelledby="forum-my-review-heading" className="kl-section">
          <Heading level={2} data-size="sm" id="forum-my-review-heading">
            {t('forumReview.heading')}
          </Heading>
          {ownSubmitted ? (
            <Paragraph>{t('forumReview.submittedAt', { at: formatDateTime(ownSubmitted) })}</Paragraph>
          ) : item.decidedAt ? (
            // What the forum decided on stays as it was: no review is begun or changed after the decision.
            <Paragraph>{t('forumReview.decided')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('forumReview.othersHidden')}</Paragraph>
              <ReviewForm itemId={itemId} onSubmitted={submitted} />
            </>
          )}
        </section>
      )}
      {scores.othersShown && <ScoresSideBySide scores={scores} />}
      {scores.progress && <ReviewProgress progress={scores.progress} />}
      <Assessment itemId={itemId} scores={scores} mayEdit={item.allowed.includes('assess') && item.decidedAt === null} />
    </>
  );
}
