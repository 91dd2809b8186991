// Which office's decisions a tilsagn page shows: `?embete=` in the address, else the user's own (the first office of
// their office roles: case officer, budsjettdisponent, forum, reader). One bound to no office (the admin, a national
// reader) chooses among all; one bound to several chooses among theirs. The forum's pages do the same
// (forum/forum-office.tsx); this copy keeps the tilsagn chunk from loading the forum's (vite.config.ts).
import { useSearchParams } from 'react-router';
import { SelectField } from '../../forms/fields.tsx';
import { useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

export function useTilsagnOffice() {
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const allOffices = useOffices().data?.offices ?? [];
  // Organisation roles (a coordinator, a UH contact) carry no office: they neither bind nor widen the choice.
  const officeGrants = (user?.grants ?? []).filter((g) => g.organisationId === null).map((g) => g.officeId);
  const offices = officeGrants.includes(null) ? allOffices : allOffices.filter((o) => officeGrants.includes(o.id));
  const officeId = search.get('embete') ?? offices[0]?.id ?? null;
  return { offices, officeId, choose: (id: string) => setSearch({ embete: id }, { replace: true }) };
}

/** The office choice, shown only when there is more than one office to choose. */
export function TilsagnOfficePicker({ office }: { office: ReturnType<typeof useTilsagnOffice> }) {
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

/** A tilsagn page's address for an office: `/tilsagn/brevmaler?embete=troms-og-finnmark`. */
export const tilsagnPath = (path: string, officeId: string | null) => (officeId ? `${path}?embete=${encodeURIComponent(officeId)}` : path);
