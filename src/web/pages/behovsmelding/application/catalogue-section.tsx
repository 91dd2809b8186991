// A section of the behovsmelding drawn from its catalogue (issue 10, point 2; ADR 021): each question in the
// catalogue's order with its sub-heading, text questions as one-line or long inputs with the input type, autocomplete
// and help the catalogue gives, yes/no as radios, and custom questions by their component (custom-questions.tsx).
// Questions repeated per part are drawn together for each part: several of them in a headed part of their own (so
// the budget tables of two parts are told apart), a single one per part with the part's name in its own legend, and
// a hint to where the parts are listed when there are none yet.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Fragment, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { BEHOVSMELDING_CATALOGUE } from '../../../../domain/behovsmelding/application-fields.ts';
import type { TSectionNumber } from '../../../../domain/behovsmelding/validate-application.ts';
import type { TQuestion, TQuestionOf } from '../../../../domain/questionnaire/catalogue.ts';
import { useOffices } from '../../../hooks/use-reference.ts';
import { useLocalize, useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { ONCE_EDITORS, PER_PART_EDITORS } from './custom-questions.tsx';
import { partsOf } from './field-values.ts';
import { sectionSlug, stepPath } from './steps.ts';
import { TextQuestion } from './text-question.tsx';
import { YesNoQuestion } from './yes-no-question.tsx';

type TRepeated = TQuestionOf<'custom'> & { repeatFor: string };
type TGroup = { kind: 'once'; question: TQuestion } | { kind: 'per-part'; questions: TRepeated[] };

const isRepeated = (q: TQuestion): q is TRepeated => q.type === 'custom' && q.repeatFor !== undefined;

/** The section's questions, with consecutive per-part questions gathered into one group. */
export function groupsOf(questions: readonly TQuestion[]): TGroup[] {
  const groups: TGroup[] = [];
  for (const question of questions) {
    const last = groups.at(-1);
    if (!isRepeated(question)) groups.push({ kind: 'once', question });
    else if (last?.kind === 'per-part' && last.questions[0]!.repeatFor === question.repeatFor) last.questions.push(question);
    else groups.push({ kind: 'per-part', questions: [question] });
  }
  return groups;
}

/** The section (1-based) a question of the catalogue is in. */
const sectionOfKey = (key: string): number => BEHOVSMELDING_CATALOGUE.sections.findIndex((s) => s.questions.some((q) => q.key === key)) + 1;

export function CatalogueSection({ section }: { section: TSectionNumber }) {
  const localize = useLocalize();
  const offices = useOffices().data?.offices ?? [];
  const declared = BEHOVSMELDING_CATALOGUE.sections[section - 1]!;
  return (
    <div className="bm-section">
      {declared.description && <Paragraph>{localize(declared.description)}</Paragraph>}
      {groupsOf(declared.questions).map((group) =>
        group.kind === 'once' ? (
          <Headed key={group.question.key} question={group.question}>
            <OnceQuestion question={group.question} offices={offices} />
          </Headed>
        ) : (
          <Headed key={group.questions[0]!.key} question={group.questions[0]!}>
            <PerPartGroup questions={group.questions} section={section} offices={offices} />
          </Headed>
        ),
      )}
    </div>
  );
}

function Headed({ question, children }: { question: TQuestion; children: ReactNode }) {
  const localize = useLocalize();
  return (
    <>
      {question.heading && (
        <Heading level={2} data-size="sm">
          {localize(question.heading)}
        </Heading>
      )}
      {children}
    </>
  );
}

function OnceQuestion({ question, offices }: { question: TQuestion; offices: Parameters<(typeof ONCE_EDITORS)[string]>[0]['offices'] }) {
  const localize = useLocalize();
  switch (question.type) {
    case 'text':
    case 'longText':
      return (
        <TextQuestion
          fieldKey={question.key}
          short={question.type === 'text'}
          {...(question.type === 'text' && question.inputType ? { type: question.inputType } : {})}
          {...(question.type === 'text' && question.autoComplete ? { autoComplete: question.autoComplete } : {})}
          {...(question.help ? { description: localize(question.help) } : {})}
        />
      );
    case 'yesNo':
      return <YesNoQuestion fieldKey={question.key} />;
    case 'custom': {
      const Editor = ONCE_EDITORS[question.component];
      if (Editor) return <>{Editor({ fieldKey: question.key, offices })}</>;
      break;
    }
  }
  // The catalogue is checked against the components this form has (application-fields.ts), so this is not reached.
  throw new Error(`Ingen editor for ${question.key}`);
}

function PerPartGroup({ questions, section, offices }: { questions: TRepeated[]; section: TSectionNumber; offices: Parameters<(typeof ONCE_EDITORS)[string]>[0]['offices'] }) {
  const t = useT();
  const { application, fields } = useApplicationForm();
  const rowsKey = questions[0]!.repeatFor;
  const parts = partsOf(fields.values[rowsKey]);
  const rowsSection = sectionOfKey(rowsKey);
  const editors = (p: (typeof parts)[number], name: string) =>
    questions.map((q) => <PerPart key={q.key} question={q} props={{ questionKey: q.key, partId: p.id, partName: name, budgetYear: p.budgetYear }} />);

  if (questions.length === 1) {
    // One question per part: the part's name is in its legend. The parts are listed in another section: say where.
    if (parts.length === 0 && rowsSection !== section && rowsSection > 0)
      return (
        <Paragraph>
          {t('bm.section5.noParts')}{' '}
          <Link asChild>
            <RouterLink to={stepPath(application.id, sectionSlug(rowsSection as TSectionNumber))}>{t(`page.bmSection${rowsSection as TSectionNumber}`)}</RouterLink>
          </Link>
        </Paragraph>
      );
    return <>{parts.map((p, i) => <Fragment key={p.id}>{editors(p, p.name?.trim() || t('bm.part.unnamed', { n: i + 1 }))}</Fragment>)}</>;
  }
  // Several questions per part: each part is a headed part of the page.
  return (
    <>
      {parts.map((p, i) => {
        const name = p.name?.trim() || t('bm.part.unnamed', { n: i + 1 });
        const office = p.otherOfficeId ? (offices.find((o) => o.id === p.otherOfficeId)?.name ?? p.otherOfficeId) : null;
        const headingId = `part-${p.id}`;
        return (
          <section key={p.id} aria-labelledby={headingId} className="kl-section bm-part">
            <Heading level={2} data-size="sm" id={headingId}>
              {t('bm.part.heading', { n: i + 1, name })}
            </Heading>
            {office && <Paragraph>{t('bm.part.atOtherOffice', { office })}</Paragraph>}
            {editors(p, name)}
          </section>
        );
      })}
    </>
  );
}

function PerPart({ question, props }: { question: TRepeated; props: Parameters<(typeof PER_PART_EDITORS)[string]>[0] }) {
  const Editor = PER_PART_EDITORS[question.component];
  if (!Editor) throw new Error(`Ingen editor for ${question.key}`);
  return <>{Editor(props)}</>;
}
