// About the service, with the attribution Kartverket's licence requires.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { KARTVERKET_ATTRIBUTION } from '../../domain/reference/division.ts';
import { Page } from '../components/page.tsx';
import { useT } from '../i18n/i18n-context.tsx';

export function AboutPage() {
  const t = useT();
  return (
    <Page title={t('page.about')}>
      <Paragraph>{t('about.intro')}</Paragraph>
      <Paragraph>{t('about.who')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('about.sourcesHeading')}
      </Heading>
      <Paragraph>{t('about.sources')}</Paragraph>
      <Paragraph lang="nb">{KARTVERKET_ATTRIBUTION}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('about.languagesHeading')}
      </Heading>
      <Paragraph>{t('about.languages')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('about.apiHeading')}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/api-dokumentasjon">{t('about.api')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
