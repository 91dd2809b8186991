// 2.1 Delmål: numbered sub-goals, each with numbered points ("2) … 1. … 2. …"), added and removed with buttons.
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { blankSubGoal, type TSubGoal } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { removeAt, replaceAt, rowsOf, textOf } from './field-values.ts';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { ReadOnlyValue } from './read-only-value.tsx';
import { useField } from './use-field.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';

export function SubGoalsQuestion() {
  const t = useT();
  const field = useField('s2.delmal');
  const focusLater = useFocusAfterRender();
  const key = field.key;
  const goals = rowsOf<TSubGoal>(field.value, blankSubGoal).map((g) => ({ ...g, points: Array.isArray(g.points) ? g.points : [] }));

  if (!field.editable)
    return (
      <ReadOnlyValue path={key} label={field.label}>
        {goals.length > 0 && (
          <ol className="bm-goals">
            {goals.map((g, gi) => (
              <li key={gi}>
                <span className="bm-pre-line">{textOf(g.text)}</span>
                {g.points.length > 0 && (
                  <ol>
                    {g.points.map((p, pi) => (
                      <li key={pi} className="bm-pre-line">
                        {textOf(p.text)}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        )}
      </ReadOnlyValue>
    );

  const setGoal = (gi: number, goal: TSubGoal) => field.set(replaceAt(goals, gi, goal));
  const shown = goals.flatMap((g, gi) => [`${key}.${gi}.text`, ...g.points.map((_, pi) => `${key}.${gi}.points.${pi}.text`)]);
  const textInput = (path: string, label: string, value: unknown, onChange: (v: string | null) => void) => (
    <Textfield
      id={fieldAnchorId(path)}
      name={path}
      label={label}
      multiline
      value={textOf(value)}
      error={errorText(issuesAt(field.issues, path))}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      onBlur={field.commit}
    />
  );

  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, key, shown)}>
      <Fieldset id={fieldAnchorId(key)} className="bm-rows">
        <Fieldset.Legend>
          <QuestionLabel label={field.label} required={field.required} />
        </Fieldset.Legend>
        {goals.map((goal, gi) => (
          <Fieldset key={gi} className="bm-row" id={fieldAnchorId(`${key}.${gi}`)}>
            <Fieldset.Legend>{t('bm.goals.goal', { n: gi + 1 })}</Fieldset.Legend>
            {textInput(`${key}.${gi}.text`, t('bm.goals.goalText', { n: gi + 1 }), goal.text, (text) => setGoal(gi, { ...goal, text }))}
            {goal.points.map((point, pi) => (
              <div key={pi} className="bm-point">
                {textInput(`${key}.${gi}.points.${pi}.text`, t('bm.goals.point', { n: gi + 1, m: pi + 1 }), point.text, (text) =>
                  setGoal(gi, { ...goal, points: replaceAt(goal.points, pi, { text }) }),
                )}
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('common.removeItem', { name: t('bm.goals.point', { n: gi + 1, m: pi + 1 }) })}
                  onClick={() => {
                    setGoal(gi, { ...goal, points: removeAt(goal.points, pi) });
                    focusLater(fieldAnchorId(`${key}.${gi}.text`));
                  }}
                >
                  {t('common.remove')}
                </Button>
              </div>
            ))}
            <div className="kl-actions">
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  setGoal(gi, { ...goal, points: [...goal.points, { text: null }] });
                  focusLater(fieldAnchorId(`${key}.${gi}.points.${goal.points.length}.text`));
                }}
              >
                {t('bm.goals.addPoint', { n: gi + 1 })}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  field.set(removeAt(goals, gi));
                  focusLater(fieldAnchorId(key));
                }}
              >
                {t('bm.goals.remove', { n: gi + 1 })}
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              field.set([...goals, blankSubGoal()]);
              focusLater(fieldAnchorId(`${key}.${goals.length}.text`));
            }}
          >
            {t('bm.goals.add')}
          </Button>
        </div>
      </Fieldset>
    </FieldShell>
  );
}
