// Which office's forum a forum page shows: `?embete=` in the address, else the user's own (the first office of their
// grants). A user bound to no office (the admin, a national reader) chooses among all; one bound to several chooses
// among theirs. The frames page (frames-page.tsx) takes its office the same way, so links between them keep it.
import { useSearchParams } from 'react-router';
import { SelectField } from '../../forms/fields.tsx';
import { useOffices } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';

export function useForumOffice() {
  const [search, setSearch] = useSearchParams();
  const { user } = useSession();
  const allOffices = useOffices().data?.offices ?? [];
  const grantOffices = (user?.grants ?? []).map((g) => g.officeId);
  const offices = grantOffices.includes(null) ? allOffices : allOffices.filter((o) => grantOffices.includes(o.id));
  const officeId = search.get('embete') ?? offices[0]?.id ?? null;
  const officeName = allOffices.find((o) => o.id === officeId)?.name ?? null;
  return { offices, officeId, officeName, choose: (id: string) => setSearch({ embete: id }, { replace: true }) };
}

/** The office choice, shown only when there is more than one office to choose. */
export function OfficePicker({ office }: { office: ReturnType<typeof useForumOffice> }) {
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

/** A forum page's address for an office: `/forum/moter?embete=troms-og-finnmark`. */
export const forumPath = (path: string, officeId: string | null) => (officeId ? `${path}?embete=${encodeURIComponent(officeId)}` : path);

/** `2030-01-31` → `31.01.2030`; a local date is shown as written, never shifted through a time zone. */
export function formatLocalDate(date: string | null): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}
