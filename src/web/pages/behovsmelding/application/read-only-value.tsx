// A field as text, for an application that cannot be edited (submitted, or the reader has no edit rights).
import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { fieldAnchorId } from './field-anchor.ts';

export function ReadOnlyValue({ path, label, children }: { path: string; label: string; children: ReactNode }) {
  const t = useT();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="bm-readonly" id={fieldAnchorId(path)}>
      <Paragraph className="bm-readonly-label">{label}</Paragraph>
      <div className="bm-readonly-value">{empty ? <Paragraph className="kl-muted">{t('common.notGiven')}</Paragraph> : children}</div>
    </div>
  );
}

/** Multi-line text as paragraphs. */
export function TextBlock({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <Paragraph key={i} className="bm-pre-line">
            {p}
          </Paragraph>
        ))}
    </>
  );
}
