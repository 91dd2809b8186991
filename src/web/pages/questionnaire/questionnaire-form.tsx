// Draws any questionnaire catalogue from its data (ADR 020): its sections as headed parts of one page or as steps,
// each question by its type (question-input.tsx), texts in the UI language, only the questions whose conditions
// hold, and the domain's own validation (validate.ts) with its messages in the UI language. What happens to a
// value (autosave, local state) is the caller's: the form reports edits and when a field is left. A section may be
// drawn by a component of its own (`custom`, by section id), and a custom question by its client's component
// (`customQuestions`, by component name); the demo survey uses neither. A question's sub-heading is drawn before it.
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { TCatalogue, TQuestion, TSection } from '../../../domain/questionnaire/catalogue.ts';
import { validateResponse, type TResponseValidation } from '../../../domain/questionnaire/validate.ts';
import { useLocalize, useMessage, useT } from '../../i18n/i18n-context.tsx';
import { QuestionInput, type QuestionInputProps } from './question-input.tsx';

/** What a custom section component gets: the same as the generic one draws with. */
export type SectionProps = {
  section: TSection;
  values: Readonly<Record<string, unknown>>;
  onChange: (key: string, value: unknown) => void;
  onCommit: (key: string) => void;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
};

type Props = {
  catalogue: TCatalogue;
  values: Readonly<Record<string, unknown>>;
  onChange: (key: string, value: unknown) => void;
  onCommit?: (key: string) => void;
  /** Show every error (after a submit attempt), not only those of fields the user has left. */
  showAllErrors?: boolean;
  readOnly?: boolean;
  layout?: 'page' | 'steps';
  /** Custom components for special sections, by section id. */
  custom?: Readonly<Record<string, ComponentType<SectionProps>>>;
  /** The client's components for its custom questions, by component name. */
  customQuestions?: Readonly<Record<string, ComponentType<QuestionInputProps>>>;
  /** Drawn under a question (a conflict panel, say). */
  below?: (key: string) => ReactNode;
};

/** The response's validation as the domain decides it, recomputed as the values change. */
export function useValidation(catalogue: TCatalogue, values: Readonly<Record<string, unknown>>): TResponseValidation {
  return useMemo(() => validateResponse(catalogue, values), [catalogue, values]);
}

export function QuestionnaireForm({ catalogue, values, onChange, onCommit, showAllErrors = false, readOnly = false, layout = 'page', custom, customQuestions, below }: Props) {
  const t = useT();
  const localize = useLocalize();
  const message = useMessage();
  const validation = useValidation(catalogue, values);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState(0);
  const applicable = new Set(validation.applicableKeys);

  const errors = new Map<string, string>();
  for (const issue of validation.issues)
    if ((showAllErrors || touched.has(issue.key)) && !errors.has(issue.path)) errors.set(issue.path, message(issue.message));
  const errorAt = (path: string) => errors.get(path);
  const commit = (key: string) => {
    setTouched((s) => (s.has(key) ? s : new Set([...s, key])));
    onCommit?.(key);
  };

  const sections = layout === 'steps' ? catalogue.sections.slice(step, step + 1) : catalogue.sections;
  return (
    <div className="q-form">
      {layout === 'steps' && (
        <Paragraph data-size="sm">{t('q.step', { n: step + 1, count: catalogue.sections.length })}</Paragraph>
      )}
      {sections.map((section) => {
        const Custom = custom?.[section.id];
        const state = validation.sections.find((s) => s.id === section.id);
        return (
          <section key={section.id} className="q-section" aria-labelledby={`q-section-${section.id}`}>
            <Heading level={2} data-size="sm" id={`q-section-${section.id}`}>
              {localize(section.title)}
            </Heading>
            {section.description && <Paragraph>{localize(section.description)}</Paragraph>}
            {state && !readOnly && (
              <Paragraph data-size="xs" className="q-section-status">
                {t(`q.status.${state.status}`)}
              </Paragraph>
            )}
            {Custom ? (
              <Custom section={section} values={values} onChange={onChange} onCommit={commit} errorAt={errorAt} readOnly={readOnly} />
            ) : (
              section.questions
                .filter((q) => applicable.has(q.key))
                .map((q) => (
                  <div key={q.key} className="q-question">
                    {q.heading && (
                      <Heading level={3} data-size="xs">
                        {localize(q.heading)}
                      </Heading>
                    )}
                    <AnyQuestion
                      question={q}
                      customQuestions={customQuestions}
                      value={values[q.key] ?? null}
                      onChange={(v) => onChange(q.key, v)}
                      onCommit={() => commit(q.key)}
                      errorAt={errorAt}
                      readOnly={readOnly}
                    />
                    {below?.(q.key)}
                  </div>
                ))
            )}
          </section>
        );
      })}
      {layout === 'steps' && (
        <div className="kl-actions">
          {step > 0 && (
            <Button type="button" variant="secondary" onClick={() => setStep(step - 1)}>
              {t('q.previous')}
            </Button>
          )}
          {step < catalogue.sections.length - 1 && (
            <Button type="button" variant="secondary" onClick={() => setStep(step + 1)}>
              {t('q.next')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

/** A question by its type, or by its client's component when it is custom. */
function AnyQuestion({ customQuestions, ...props }: QuestionInputProps & { question: TQuestion; customQuestions: Props['customQuestions'] }) {
  const Custom = props.question.type === 'custom' ? customQuestions?.[props.question.component] : undefined;
  return Custom ? <Custom {...props} /> : <QuestionInput {...props} />;
}
