// Footer: about the service, the accessibility statement and the privacy notice (on every page, also without a
// login, as the law asks: issue 12, point 13), and the translator mode switch (marks text still missing in the
// chosen language).
import { Link, Switch } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';

export function SiteFooter() {
  const { t, translatorMode, setTranslatorMode } = useI18n();
  return (
    <footer className="kl-footer">
      <Link asChild>
        <RouterLink to="/om">{t('nav.about')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to="/om/tilgjengelighet">{t('nav.accessibility')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to="/om/personvern">{t('nav.privacy')}</RouterLink>
      </Link>
      <Switch
        label={t('translator.mode')}
        checked={translatorMode}
        onChange={(e) => setTranslatorMode(e.target.checked)}
        data-size="sm"
      />
    </footer>
  );
}
