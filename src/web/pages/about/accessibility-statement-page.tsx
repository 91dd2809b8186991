// `/om/tilgjengelighet`: the accessibility statement, in the parts uustatus.no asks for (issue 12, point 13): the
// service and who is responsible, conformance against WCAG 2.1 AA, the known deviations, how it was tested, how to
// give feedback, the supervisory authority, and the date. A template: the operating office's name, address, e-mail
// and date come from its configuration, so another operator states its own without a code change. Public.
import { Link, List, Paragraph } from '@digdir/designsystemet-react';
import { Page } from '../../components/page.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { OperatorContact, ReviewedOn, StatementSection, WithOperator } from './operator-details.tsx';

const UUTILSYNET = 'https://www.uutilsynet.no/';

export function AccessibilityStatementPage() {
  const t = useT();
  return (
    <Page title={t('page.accessibility')}>
      <WithOperator>
        {(operator) => (
          <>
            <Paragraph>{t('a11y.intro', { operator: operator.name, url: operator.serviceUrl })}</Paragraph>
            <StatementSection heading={t('a11y.statusHeading')}>
              <Paragraph>{t('a11y.status')}</Paragraph>
            </StatementSection>
            <StatementSection heading={t('a11y.deviationsHeading')}>
              <List.Unordered>
                <List.Item>{t('a11y.deviationAttachments')}</List.Item>
                <List.Item>{t('a11y.deviationSami')}</List.Item>
              </List.Unordered>
            </StatementSection>
            <StatementSection heading={t('a11y.testedHeading')}>
              <Paragraph>{t('a11y.tested')}</Paragraph>
            </StatementSection>
            <StatementSection heading={t('a11y.feedbackHeading')}>
              <Paragraph>{t('a11y.feedback')}</Paragraph>
              <OperatorContact operator={operator} />
            </StatementSection>
            <StatementSection heading={t('a11y.enforcementHeading')}>
              <Paragraph>{t('a11y.enforcement')}</Paragraph>
              <Paragraph>
                <Link href={UUTILSYNET}>{t('a11y.enforcementLink')}</Link>
              </Paragraph>
            </StatementSection>
            <ReviewedOn operator={operator} />
          </>
        )}
      </WithOperator>
    </Page>
  );
}
