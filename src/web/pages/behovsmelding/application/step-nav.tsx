// The steps of the form (sections 1–6, attachments, summary) with the live status of each: empty, started, done or
// with errors, from validateApplication. On the overview it also counts errors and warnings; on a step page it
// marks the current step (aria-current="step").
import { Link, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { errorsOf } from '../../../../domain/behovsmelding/budget-issue.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { SECTION_STATUS_COLOR, SECTION_STATUS_LABEL, STEPS, stepPath, type Step, type StepSlug } from './steps.ts';

export function StepNav({ current, detailed = false }: { current?: StepSlug | undefined; detailed?: boolean }) {
  const t = useT();
  const { application, validation, editable } = useApplicationForm();

  const status = (step: Step): { text: string; color: 'neutral' | 'warning' | 'success' | 'danger'; counts: string } => {
    if (step.section !== null) {
      const s = validation.sections.find((x) => x.section === step.section)!;
      const counts = [s.errors > 0 ? t('bm.steps.errors', { count: s.errors }) : '', s.warnings > 0 ? t('bm.steps.warnings', { count: s.warnings }) : '']
        .filter(Boolean)
        .join(', ');
      return { text: t(SECTION_STATUS_LABEL[s.status]), color: SECTION_STATUS_COLOR[s.status], counts };
    }
    if (step.slug === 'vedlegg') return { text: t('bm.steps.attachmentCount', { count: application.attachments.length }), color: 'neutral', counts: '' };
    if (!editable && application.status === 'sendt') return { text: t('bm.status.sendt'), color: 'success', counts: '' };
    const errors = errorsOf(validation.issues).length;
    return errors > 0
      ? { text: t('bm.steps.errors', { count: errors }), color: 'danger', counts: '' }
      : { text: t('bm.steps.ready'), color: 'success', counts: '' };
  };

  return (
    <nav aria-label={t('bm.steps.label')} className="bm-steps-nav">
      <ol className={detailed ? 'bm-steps bm-steps-detailed' : 'bm-steps'}>
        {STEPS.map((step) => {
          const s = status(step);
          const here = step.slug === current;
          return (
            <li key={step.slug} className={here ? 'bm-step-current' : undefined}>
              <Link asChild>
                <RouterLink to={stepPath(application.id, step.slug)} aria-current={here ? 'step' : undefined}>
                  {t(step.title)}
                </RouterLink>
              </Link>{' '}
              <Tag data-color={s.color} data-size="sm">
                {s.text}
              </Tag>
              {detailed && s.counts && <span className="kl-muted"> {s.counts}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
