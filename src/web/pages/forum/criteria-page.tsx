// The criteria a round's applications are weighed by (issue 13, point 3), in their order. Everyone who reads the
// office's forum sees them; the secretariat (`mayEdit`) changes a criterion's text, adds one last, moves one up or
// down (buttons, so the keyboard does it too) and deletes one nobody has scored yet. The list is seeded from the
// scheme's guidelines the first time anyone opens it.
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ZCriterionInput, type TCriterionInput } from '../../../domain/forum/criteria.ts';
import type { Criterion } from '../../../domain/forum/review-contract.ts';
import { ApiError } from '../../api.ts';
import { behovsmeldingApi } from '../../clients/behovsmelding.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';

export function CriteriaPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const round = useCall(behovsmeldingApi.getRound, { params: { id: roundId } }).data?.round;
  const { data, error, reload } = useCall(forumApi.listCriteria, { params: { roundId } });
  return (
    <Page title={t('page.forumCriteria')}>
      {round && (
        <Paragraph>
          {t('forumCriteria.round')}{' '}
          <Link asChild>
            <RouterLink to={`/utlysninger/${round.id}`}>{round.title}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Paragraph>{t('forumCriteria.intro')}</Paragraph>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && <Criteria roundId={roundId} initial={data.criteria} mayEdit={data.mayEdit} onDeleted={reload} />}
    </Page>
  );
}

function Criteria({ roundId, initial, mayEdit, onDeleted }: { roundId: string; initial: Criterion[]; mayEdit: boolean; onDeleted: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const [criteria, setCriteria] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  // The list is the server's after every change; a delete reloads it, so keep it in step with a new answer.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setCriteria(initial);
  }

  const act = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
      requestAnimationFrame(() => failureRef.current?.focus());
    }
  };

  const move = (index: number, by: -1 | 1) =>
    act(async () => {
      const ids = criteria.map((c) => c.id);
      const [moved] = ids.splice(index, 1);
      ids.splice(index + by, 0, moved!);
      const answer = await forumApi.reorderCriteria({ params: { roundId }, body: { ids } });
      setCriteria(answer.criteria);
      const c = criteria[index]!;
      announce(t(by < 0 ? 'forumCriteria.movedUp' : 'forumCriteria.movedDown', { title: c.title, position: index + by + 1 }));
      // Keep the keyboard where it was: on the same button of the moved criterion, or its other one at an end.
      requestAnimationFrame(() => {
        const at = index + by;
        const same = by < 0 ? 'up' : 'down';
        const atEnd = by < 0 ? at === 0 : at === ids.length - 1;
        const direction = atEnd ? (by < 0 ? 'down' : 'up') : same;
        document.getElementById(`criterion-${direction}-${c.id}`)?.focus();
      });
    });

  const remove = (c: Criterion) =>
    act(async () => {
      await forumApi.deleteCriterion({ params: { roundId, id: c.id } });
      announce(t('forumCriteria.deleted', { title: c.title }));
      onDeleted();
    });

  return (
    <>
      {failure && (
        <div ref={failureRef} tabIndex={-1}>
          <ApiErrorAlert error={failure} />
        </div>
      )}
      <ol>
        {criteria.map((c, index) => (
          <li key={c.id} className="kl-section">
            <Heading level={2} data-size="xs" id={`criterion-${c.id}`}>
              {c.title}
            </Heading>
            {c.description && <Paragraph className="kl-pre-line">{c.description}</Paragraph>}
            {mayEdit && editing === c.id && (
              <CriterionForm
                prefix={`criterion-${index}`}
                label={t('forumCriteria.editLabel', { title: c.title })}
                submitLabel={t('forumCriteria.save')}
                initial={{ title: c.title, description: c.description ?? '' }}
                onCancel={() => setEditing(null)}
                onSubmit={async (body) => {
                  const { criterion } = await forumApi.updateCriterion({ params: { roundId, id: c.id }, body });
                  setCriteria((list) => list.map((x) => (x.id === criterion.id ? criterion : x)));
                  setEditing(null);
                  announce(t('forumCriteria.saved', { title: criterion.title }));
                }}
              />
            )}
            {mayEdit && editing !== c.id && (
              <div className="kl-actions">
                <Button type="button" variant="secondary" data-size="sm" aria-label={t('forumCriteria.editNamed', { title: c.title })} onClick={() => setEditing(c.id)}>
                  {t('common.edit')}
                </Button>
                {index > 0 && (
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    id={`criterion-up-${c.id}`}
                    aria-label={t('forumCriteria.moveUpNamed', { title: c.title })}
                    onClick={() => void move(index, -1)}
                  >
                    {t('forumCriteria.moveUp')}
                  </Button>
                )}
                {index < criteria.length - 1 && (
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    id={`criterion-down-${c.id}`}
                    aria-label={t('forumCriteria.moveDownNamed', { title: c.title })}
                    onClick={() => void move(index, 1)}
                  >
                    {t('forumCriteria.moveDown')}
                  </Button>
                )}
                {criteria.length > 1 && (
                  <Button type="button" variant="tertiary" data-size="sm" aria-label={t('forumCriteria.deleteNamed', { title: c.title })} onClick={() => void remove(c)}>
                    {t('forumCriteria.delete')}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      {mayEdit && (
        <section aria-labelledby="criteria-new-heading" className="kl-section">
          <Heading level={2} data-size="sm" id="criteria-new-heading">
            {t('forumCriteria.addHeading')}
          </Heading>
          <NewCriterion
            onAdd={async (body) => {
              const { criterion } = await forumApi.createCriterion({ params: { roundId }, body });
              setCriteria((list) => [...list, criterion]);
              announce(t('forumCriteria.added', { title: criterion.title }));
            }}
          />
        </section>
      )}
    </>
  );
}

/** The add form, fresh (emptied) after each criterion added. */
function NewCriterion({ onAdd }: { onAdd: (body: TCriterionInput) => Promise<void> }) {
  const t = useT();
  const [generation, setGeneration] = useState(0);
  return (
    <CriterionForm
      key={generation}
      prefix="new"
      label={t('forumCriteria.addHeading')}
      submitLabel={t('forumCriteria.add')}
      initial={{ title: '', description: '' }}
      onSubmit={async (body) => {
        await onAdd(body);
        setGeneration((g) => g + 1);
      }}
    />
  );
}

type Values = { title: string; description: string };

function CriterionForm({
  prefix,
  label,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  label: string;
  submitLabel: string;
  initial: Values;
  onSubmit: (body: TCriterionInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const t = useT();
  const form = useForm<Values, Values, TCriterionInput>({
    initial,
    schema: ZCriterionInput,
    fieldPrefix: prefix,
    onSubmit: async (body) => onSubmit(ZCriterionInput.parse(body)),
  });
  return (
    <FormFrame form={form} label={label}>
      <TextField name={`${prefix}.title`} label={t('forumCriteria.title')} required value={form.values.title} error={form.errorFor(`${prefix}.title`)} onChange={(v) => form.set('title', v)} />
      <TextField
        name={`${prefix}.description`}
        label={t('forumCriteria.description')}
        multiline
        value={form.values.description}
        error={form.errorFor(`${prefix}.description`)}
        onChange={(v) => form.set('description', v)}
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </FormFrame>
  );
}
