// Shown at a field when someone else saved it while this user was editing it (409): both versions, and the choice.
// "Behold min" saves this user's version over theirs; "Bruk deres" takes theirs. Nothing is saved until one is chosen.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { FieldState } from '../../../types/behovsmelding.ts';
import { valuePreview } from './value-preview.ts';

type Props = { label: string; mine: unknown; theirs: FieldState; onKeepMine: () => void; onTakeTheirs: () => void };

export function ConflictPanel({ label, mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const t = useT();
  const headingId = useId();
  const words = { yes: t('common.yes'), no: t('common.no'), empty: t('bm.conflict.empty') };
  const who = theirs.updatedByName || t('bm.conflict.someone');
  return (
    <Alert data-color="warning" className="bm-conflict" role="alert" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('bm.conflict.heading', { field: label })}
      </Heading>
      <Paragraph>{t('bm.conflict.help', { name: who })}</Paragraph>
      <dl className="bm-conflict-values">
        <dt>{t('bm.conflict.mine')}</dt>
        <dd>{valuePreview(mine, words, 1200)}</dd>
        <dt>{theirs.updatedAt ? t('bm.conflict.theirs', { name: who, time: formatTime(theirs.updatedAt) }) : t('bm.conflict.theirsUnknown')}</dt>
        <dd>{valuePreview(theirs.value, words, 1200)}</dd>
      </dl>
      <div className="kl-actions">
        <Button type="button" data-size="sm" onClick={onKeepMine}>
          {t('bm.conflict.keepMine')}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onTakeTheirs}>
          {t('bm.conflict.takeTheirs')}
        </Button>
      </div>
    </Alert>
  );
}
