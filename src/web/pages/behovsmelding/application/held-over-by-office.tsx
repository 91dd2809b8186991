// Beside section 6.1 (issue 15): what the office decided to hold over to this year from an earlier tilsagn of the
// partnership, with the tilsagn's document numbers. The applicant's own 6.1 figures are its statement and stay as it
// entered them; this is the office's decision, shown next to them and never written into them. Once per application
// (on its first part): the hold-over belongs to the partnership, not to a part.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { Application } from '../../../types/behovsmelding.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';

export function HeldOverByOffice({ heldOver }: { heldOver: Application['heldOverByOffice'] }) {
  const t = useT();
  if (!heldOver) return null;
  const documents = [...new Set(heldOver.sources.map((s) => s.documentNumber).filter((d) => d !== null))].join(', ') || '–';
  return (
    <Alert data-color="info" data-size="sm">
      <Paragraph data-size="sm">
        {t('bm.grant.heldOverByOffice', { year: heldOver.year, documents, owner: formatMoney(heldOver.ownerKr), uh: formatMoney(heldOver.uhKr) })}
      </Paragraph>
    </Alert>
  );
}
