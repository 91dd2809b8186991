// Which office's money a utbetaling page shows: `?embete=` in the address, else the user's own (the first office of
// their office roles: case officer, budsjettdisponent, reader). One bound to no office (the admin, a national reader)
// chooses among all; one bound to several chooses among theirs. The same rule as tilsagn/tilsagn-office.tsx; this copy
// keeps the utbetaling chunk from loading the tilsagn pages' code (vite.config.ts: one chunk per module).
import { useSearchParams } from 'react-router';
import { SelectField } from '../../forms/fields.tsx';
import { useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

export function useUtbetalingOffice() {
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const listed = useOffices().data;
  const allOffices = listed?.offices ?? [];
  // Organisation roles (a coordinator, a UH contact) carry no office: they neither bind nor widen the choice.
  const officeGrants = (user?.grants ?? []).filter((g) => g.organisationId === null).map((g) => g.officeId);
  const offices = officeGrants.includes(null) ? allOffices : allOffices.filter((o) => officeGrants.includes(o.id));
  const officeId = search.get('embete') ?? offices[0]?.id ?? null;
  /** Known once the offices have loaded: before that "no office" is not yet true. */
  const none = listed !== undefined && officeId === null;
  // Another office has other schemes, so a new office drops the other choices in the address.
  return { offices, officeId, none, choose: (id: string) => setSearch({ embete: id }, { replace: true }) };
}

/** The office choice, shown only when there is more than one office to choose. */
export function UtbetalingOfficePicker({ office }: { office: ReturnType<typeof useUtbetalingOffice> }) {
  const t = useT();
  if (office.offices.length < 2 || !office.officeId) return null;
  return (
    <div className="kl-block">
      <SelectField
        name="embete"
        label={t('field.office')}
        value={office.officeId}
        onChange={office.choose}
        options={office.offices.map((o) => ({ value: o.id, label: o.name }))}
      />
    </div>
  );
}

/** A utbetaling page's address for an office: `/utbetaling/kontoendringer?embete=troms-og-finnmark`. */
export const utbetalingPath = (path: string, officeId: string | null) => (officeId ? `${path}?embete=${encodeURIComponent(officeId)}` : path);
