// Section 3 "Tilleggsinformasjon": 3.1 how the owner takes part in Rekomp, Dekomp, Læringsmiljøprosjektet and
// Oppfølgingsordningen (all optional).
import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { TextQuestion } from './text-question.tsx';

export function Section3() {
  const t = useT();
  return (
    <div className="bm-section">
      <Paragraph>{t('bm.section3.intro')}</Paragraph>
      <TextQuestion fieldKey="s3.rekomp" />
      <TextQuestion fieldKey="s3.dekomp" />
      <TextQuestion fieldKey="s3.laeringsmiljo" />
      <TextQuestion fieldKey="s3.oppfolging" />
    </div>
  );
}
