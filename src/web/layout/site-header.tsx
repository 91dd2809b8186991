// The page header (banner): service name linking home, the user's menu, the language switch and the navigation.
import { Link as RouterLink } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

export function SiteHeader() {
  const t = useT();
  return (
    <header className="kl-header">
      <div className="kl-header-bar">
        <RouterLink to="/" className="kl-service-name">
          {t('app.name')}
        </RouterLink>
        <div className="kl-header-tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
