// Shown at a field when someone else saved it while this user was editing it (409): both values, and the choice.
// "Behold min" saves this user's value over theirs; "Bruk deres" takes theirs. Nothing is saved until one is chosen.
// One panel for every co-edited form; each module keeps its own words (a behovsmelding speaks of versions of a field,
// a questionnaire of answers), so the panel takes the prefix of its texts' keys.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { AnswerState } from '../../../domain/questionnaire/contract.ts';
import { formatTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { valuePreview } from './value-preview.ts';

/** Whose texts: `bm.conflict.*` (behovsmelding) or `q.conflict.*` (questionnaire); also names the CSS class. */
export type ConflictTexts = 'bm.conflict' | 'q.conflict';

type Props = { texts: ConflictTexts; label: string; mine: unknown; theirs: AnswerState; onKeepMine: () => void; onTakeTheirs: () => void };

export function ConflictPanel({ texts, label, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const t = useT();
  const headingId = useId();
  const key = <K extends string>(name: K) => `${texts}.${name}` as const;
  const words = { yes: t('common.yes'), no: t('common.no'), empty: t(key('empty')) };
  const who = theirs.updatedByName || t(key('someone'));
  // `bm-conflict` / `q-conflict`: each module's stylesheet keeps styling its own.
  const className = texts.replace('.', '-');
  return (
    <Alert data-color="warning" className={className} role="alert" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t(key('heading'), { field: label })}
      </Heading>
      <Paragraph>{t(key('help'), { name: who })}</Paragraph>
      <dl className={`${className}-values`}>
        <dt>{t(key('mine'))}</dt>
        <dd>{valuePreview(mine, words, 1200)}</dd>
        <dt>{theirs.updatedAt ? t(key('theirs'), { name: who, time: formatTime(theirs.updatedAt) }) : t(key('theirsUnknown'))}</dt>
        <dd>{valuePreview(theirs.value, words, 1200)}</dd>
      </dl>
      <div className="kl-actions">
        <Button type="button" data-size="sm" onClick={onKeepMine}>
          {t(key('keepMine'))}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onTakeTheirs}>
          {t(key('takeTheirs'))}
        </Button>
      </div>
    </Alert>
  );
}
