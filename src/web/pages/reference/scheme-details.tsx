// A scheme as read by those who may not edit it.
import { DetailList } from '../../components/detail-list.tsx';
import { formatInteger } from '../../i18n/format.ts';
import { useI18n, useLocalize, useT } from '../../i18n/i18n-context.tsx';
import type { Scheme } from '../../types/reference.ts';
import { GRANT_RULES_STANDARDS } from './scheme-form-values.ts';
import { useSectorLabel } from './sector-label.ts';

export function SchemeDetails({ scheme: s }: { scheme: Scheme }) {
  const t = useT();
  const localize = useLocalize();
  const { languages } = useI18n();
  const sectorLabel = useSectorLabel();
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <DetailList
      items={[
        { label: t('field.shortName'), value: s.shortName },
        { label: t('field.description'), value: s.description && localize(s.description) },
        { label: t('field.status'), value: s.active ? t('scheme.active') : t('scheme.inactive') },
        { label: t('scheme.sectors'), value: s.rules.sectors.map(sectorLabel).join(', ') },
        { label: t('scheme.areas'), value: s.rules.areas.join(', ') },
        { label: t('scheme.maxCommitmentYears'), value: String(s.rules.maxCommitmentYears) },
        {
          label: t('scheme.ownerCofundingPercent'),
          value: s.rules.ownerCofundingPercent === null ? t('scheme.noRequirement') : `${formatInteger(s.rules.ownerCofundingPercent)} %`,
        },
        { label: t('scheme.coordinatorFundingAllowed'), value: yesNo(s.rules.coordinatorFundingAllowed) },
        { label: t('scheme.uhShareRequired'), value: yesNo(s.rules.uhShareRequired) },
        { label: t('scheme.noIndividualEducation'), value: yesNo(s.rules.noIndividualEducation) },
        // What the tilsagnsbrev names (issue 14); a scheme saved before they existed says so rather than showing blank.
        { label: t('scheme.budgetChapterPost'), value: s.rules.budgetChapterPost || t('scheme.notSet') },
        ...GRANT_RULES_STANDARDS.map((code) => ({
          label: t('form.textInLanguage', { field: t('scheme.grantRules'), language: languages.find((l) => l.code === code)?.name ?? code }),
          value: s.rules.grantRules[code] || t('scheme.notSet'),
        })),
      ]}
    />
  );
}
