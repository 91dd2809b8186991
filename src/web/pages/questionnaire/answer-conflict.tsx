// Shown at an answer when someone else saved it while this user was editing it (409): both values and the choice,
// as the behovsmelding's conflict panel. "Behold mitt svar" saves this user's value over theirs; "Bruk deres" takes
// theirs. Nothing is saved until one is chosen.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { AnswerState } from '../../../domain/questionnaire/contract.ts';
import { formatTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';

type Props = { label: string; mine: unknown; theirs: AnswerState; onKeepMine: () => void; onTakeTheirs: () => void };

export function AnswerConflict({ label, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const t = useT();
  const headingId = useId();
  const who = theirs.updatedByName || t('q.conflict.someone');
  const shown = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('q.conflict.empty');
    if (v === true) return t('common.yes');
    if (v === false) return t('common.no');
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return JSON.stringify(v);
  };
  return (
    <Alert data-color="warning" className="q-conflict" role="alert" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('q.conflict.heading', { field: label })}
      </Heading>
      <Paragraph>{t('q.conflict.help', { name: who })}</Paragraph>
      <dl>
        <dt>{t('q.conflict.mine')}</dt>
        <dd>{shown(mine)}</dd>
        <dt>{theirs.updatedAt ? t('q.conflict.theirs', { name: who, time: formatTime(theirs.updatedAt) }) : t('q.conflict.theirsUnknown')}</dt>
        <dd>{shown(theirs.value)}</dd>
      </dl>
      <div className="kl-actions">
        <Button type="button" data-size="sm" onClick={onKeepMine}>
          {t('q.conflict.keepMine')}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onTakeTheirs}>
          {t('q.conflict.takeTheirs')}
        </Button>
      </div>
    </Alert>
  );
}
