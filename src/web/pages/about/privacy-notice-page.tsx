// `/om/personvern`: the privacy notice (issue 12, point 13): what personal data, why, on what legal basis, how long
// it is kept, who sees it, whom to ask (the controller and its personvernombud) and the right to complain to
// Datatilsynet. A template filled from the operating office's configuration, as the accessibility statement. Public.
import { Link, List, Paragraph } from '@digdir/designsystemet-react';
import { Page } from '../../components/page.tsx';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { OperatorContact, ReviewedOn, StatementSection, WithOperator } from './operator-details.tsx';

const DATATILSYNET = 'https://www.datatilsynet.no/';

/** The parts that are a heading and one paragraph, in the order they are read. */
const PLAIN_PARTS: readonly [heading: MessageKey, text: MessageKey][] = [
  ['privacy.whyHeading', 'privacy.why'],
  ['privacy.basisHeading', 'privacy.basis'],
  ['privacy.retentionHeading', 'privacy.retention'],
  ['privacy.sharingHeading', 'privacy.sharing'],
  ['privacy.cookiesHeading', 'privacy.cookies'],
  ['privacy.rightsHeading', 'privacy.rights'],
];

export function PrivacyNoticePage() {
  const t = useT();
  return (
    <Page title={t('page.privacy')}>
      <WithOperator>
        {(operator) => (
          <>
            <Paragraph>{t('privacy.intro', { operator: operator.name })}</Paragraph>
            <StatementSection heading={t('privacy.whatHeading')}>
              <List.Unordered>
                <List.Item>{t('privacy.whatUsers')}</List.Item>
                <List.Item>{t('privacy.whatApplications')}</List.Item>
                <List.Item>{t('privacy.whatLog')}</List.Item>
                <List.Item>{t('privacy.whatLogin')}</List.Item>
                <List.Item>{t('privacy.whatAnonymous')}</List.Item>
              </List.Unordered>
            </StatementSection>
            {PLAIN_PARTS.map(([heading, text]) => (
              <StatementSection key={heading} heading={t(heading)}>
                <Paragraph>{t(text)}</Paragraph>
              </StatementSection>
            ))}
            <StatementSection heading={t('privacy.contactHeading')}>
              <OperatorContact operator={operator} privacyOfficer />
            </StatementSection>
            <StatementSection heading={t('privacy.complaintHeading')}>
              <Paragraph>{t('privacy.complaint')}</Paragraph>
              <Paragraph>
                <Link href={DATATILSYNET}>{t('privacy.complaintLink')}</Link>
              </Paragraph>
            </StatementSection>
            <ReviewedOn operator={operator} />
          </>
        )}
      </WithOperator>
    </Page>
  );
}
