// Section 5 "Partnerskapet": the responsible owner (5.1), other owners (5.2), UH (5.3), the counts per part
// (5.4–5.10, one set per part of section 6) and who else takes part (5.11–5.16).
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { OWNER_KINDS } from '../../../../domain/behovsmelding/application-fields.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { blankOtherOwner, blankUh, type TOtherOwner, type TUhInstitution } from './draft-types.ts';
import { partsOf } from './field-values.ts';
import type { RowColumn } from './rows-editor.tsx';
import { stepPath } from './steps.ts';
import { TableQuestion } from './table-question.tsx';
import { TextQuestion } from './text-question.tsx';
import { UnitCountsQuestion } from './unit-counts-question.tsx';

const OWNER_KIND_LABEL: Record<(typeof OWNER_KINDS)[number], MessageKey> = {
  kommunal: 'bm.ownerKind.kommunal',
  fylkeskommunal: 'bm.ownerKind.fylkeskommunal',
  'privat-barnehage': 'bm.ownerKind.privatBarnehage',
  'privat-skole': 'bm.ownerKind.privatSkole',
  statlig: 'bm.ownerKind.statlig',
  annen: 'bm.ownerKind.annen',
};

export function Section5() {
  const t = useT();
  const { application, fields } = useApplicationForm();
  const parts = partsOf(fields.values['parts']);
  const kindOptions = OWNER_KINDS.map((k) => ({ value: k, label: t(OWNER_KIND_LABEL[k]) }));
  const ownerColumns: RowColumn<TOtherOwner>[] = [
    { name: 'navn', label: t('field.name'), required: true },
    { name: 'art', label: t('bm.owner.kind'), kind: 'select', options: kindOptions, format: (v) => kindOptions.find((o) => o.value === v)?.label ?? '' },
    { name: 'kontaktperson', label: t('bm.owner.contact') },
  ];
  const uhColumns: RowColumn<TUhInstitution>[] = [
    { name: 'navn', label: t('field.name'), required: true },
    { name: 'kontaktperson', label: t('bm.owner.contact') },
    { name: 'epost', label: t('field.email'), kind: 'email' },
    { name: 'orgnr', label: t('field.orgnr'), required: true },
    { name: 'kontonr', label: t('field.kontonr'), required: true },
    { name: 'betalingsreferanse', label: t('bm.owner.paymentReference') },
  ];
  return (
    <div className="bm-section">
      <Heading level={2} data-size="sm">
        {t('bm.section5.owner')}
      </Heading>
      <TextQuestion fieldKey="s5.ansvarligEier.navn" short autoComplete="organization" />
      <TextQuestion fieldKey="s5.ansvarligEier.kontaktperson" />
      <TextQuestion fieldKey="s5.ansvarligEier.forvaltning" />
      <TextQuestion fieldKey="s5.ansvarligEier.orgnr" short description={t('field.orgnrHelp')} />
      <TextQuestion fieldKey="s5.ansvarligEier.kontonr" short description={t('field.kontonrHelp')} />
      <TextQuestion fieldKey="s5.ansvarligEier.betalingsreferanse" short />

      <Heading level={2} data-size="sm">
        {t('bm.section5.others')}
      </Heading>
      <TableQuestion fieldKey="s5.andreEiere" columns={ownerColumns} blank={blankOtherOwner} rowLabel={(i) => t('bm.owner.row', { n: i + 1 })} addLabel={t('bm.owner.add')} />
      <TextQuestion fieldKey="s5.andreEiereMerknad" />
      <TableQuestion fieldKey="s5.uh" columns={uhColumns} blank={blankUh} rowLabel={(i) => t('bm.uh.row', { n: i + 1 })} addLabel={t('bm.uh.add')} />

      <Heading level={2} data-size="sm">
        {t('bm.section5.counts')}
      </Heading>
      {parts.length === 0 ? (
        <Paragraph>
          {t('bm.section5.noParts')}{' '}
          <Link asChild>
            <RouterLink to={stepPath(application.id, 'seksjon-6')}>{t('page.bmSection6')}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        parts.map((p, i) => <UnitCountsQuestion key={p.id} partId={p.id} partName={p.name?.trim() || t('bm.part.unnamed', { n: i + 1 })} />)
      )}

      <Heading level={2} data-size="sm">
        {t('bm.section5.participants')}
      </Heading>
      <TextQuestion fieldKey="s5.pptKontorer" />
      <TextQuestion fieldKey="s5.barnevern" />
      <TextQuestion fieldKey="s5.helsestasjoner" />
      <TextQuestion fieldKey="s5.andre" />
      <TextQuestion fieldKey="s5.statped" />
      <TextQuestion fieldKey="s5.samarbeid" />
    </div>
  );
}
