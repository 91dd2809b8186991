// Overview of the reference data: Kartverket's division, the offices and the grant schemes.
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { KARTVERKET_ATTRIBUTION } from '../../../domain/reference/division.ts';
import { Page } from '../../components/page.tsx';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const SECTIONS: { to: string; title: MessageKey; text: MessageKey }[] = [
  { to: '/referanse/fylker', title: 'page.counties', text: 'reference.countiesText' },
  { to: '/referanse/kommuner', title: 'page.municipalities', text: 'reference.municipalitiesText' },
  { to: '/referanse/embeter', title: 'page.offices', text: 'reference.officesText' },
  { to: '/referanse/ordninger', title: 'page.schemes', text: 'reference.schemesText' },
];

export function ReferencePage() {
  const t = useT();
  return (
    <Page title={t('page.reference')} lead={<Paragraph>{t('reference.intro')}</Paragraph>}>
      <div className="kl-cards">
        {SECTIONS.map((s) => (
          <Card key={s.to} data-color="neutral">
            <Heading level={2} data-size="xs">
              <Link asChild>
                <RouterLink to={s.to}>{t(s.title)}</RouterLink>
              </Link>
            </Heading>
            <Paragraph>{t(s.text)}</Paragraph>
          </Card>
        ))}
      </div>
      <Paragraph data-size="sm" lang="nb" className="kl-attribution">
        {KARTVERKET_ATTRIBUTION}
      </Paragraph>
    </Page>
  );
}
