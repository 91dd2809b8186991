// Which office's letter settings and templates a page shows: `?embete=` in the address, else the user's own (the
// first office of their grants). A user bound to no office and no organisation (the admin, a national reader)
// chooses among all; one bound to several offices chooses among theirs. The same rule as the forum's pages, kept
// here so the tilsagn pages do not load the forum's code.
import { useSearchParams } from 'react-router';
import { SelectField } from '../../forms/fields.tsx';
import { useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

export function useSettingsOffice() {
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const listed = useOffices().data;
  const allOffices = listed?.offices ?? [];
  const grants = user?.grants ?? [];
  const national = grants.some((g) => g.officeId === null && g.organisationId === null);
  const own = new Set(grants.map((g) => g.officeId));
  const offices = national ? allOffices : allOffices.filter((o) => own.has(o.id));
  const officeId = search.get('embete') ?? offices[0]?.id ?? null;
  /** Known once the offices have loaded: before that "no office" is not yet true. */
  const none = listed !== undefined && officeId === null;
  return { offices, officeId, none, choose: (id: string) => setSearch({ embete: id }, { replace: true }) };
}

/** The office choice, shown only when there is more than one office to choose. */
export function SettingsOfficePicker({ office }: { office: ReturnType<typeof useSettingsOffice> }) {
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
