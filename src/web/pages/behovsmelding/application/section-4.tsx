// Section 4 "Kontaktinformasjon og bekreftelse": the contact person (4.1–4.2.1) and the confirmation 4.3.
import { useT } from '../../../i18n/i18n-context.tsx';
import { TextQuestion } from './text-question.tsx';
import { YesNoQuestion } from './yes-no-question.tsx';

export function Section4() {
  const t = useT();
  return (
    <div className="bm-section">
      <TextQuestion fieldKey="s4.kontaktNavn" short autoComplete="name" />
      <TextQuestion fieldKey="s4.kontaktArbeidssted" short autoComplete="organization" />
      <TextQuestion fieldKey="s4.kontaktEpost" short type="email" autoComplete="email" />
      <TextQuestion fieldKey="s4.kontaktTelefon" short type="tel" autoComplete="tel" description={t('bm.hint.phone')} />
      <YesNoQuestion fieldKey="s4.lagetIPartnerskap" />
    </div>
  );
}
