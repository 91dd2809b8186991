// What a new behovsmelding starts with (issue 12, point 6): the partnership already knows its owners, its UH, its
// units, who is paid and where, and the person starting the application is its contact. Retyping that in every
// application is where mistakes in account numbers come from, so the form starts with it; the coordinator may also
// copy an earlier application of the partnership, and what they chose to copy is kept as it is — the partnership's
// facts fill only what the copy leaves empty, a group at a time (a contact's name is never paired with another
// contact's phone). Pure: the use case looks the facts up.
import type { TOwnerKind, TOtherOwner, TPartHeader, TUhInstitution } from './application-fields.ts';
import type { TUnitCountKey, TUnitCounts } from './unit-counts.ts';

export type TPrefillOrganisation = { name: string; kind: string; orgnr: string | null; kontonr: string | null };
export type TPrefillPerson = { name: string; email: string; phone: string | null; title: string | null; organisationName: string | null };

export type TPrefillFacts = {
  partnershipName: string;
  roundYear: number;
  /** The owner that is paid and manages the grant: the form's "ansvarlig eier" (Harstad kommune for Region Sør-Troms). */
  responsibleOwner: TPrefillOrganisation;
  /** The partnership's coordinator: the responsible owner's contact. */
  coordinator: TPrefillPerson | null;
  /** Owner members besides the responsible owner. */
  otherOwners: TPrefillOrganisation[];
  /** UH members, each with the first of the partnership's editors from that institution as its contact. */
  uh: (TPrefillOrganisation & { contact: TPrefillPerson | null })[];
  /** The units taking part: their kind, their owner's organisation kind (null: none registered) and municipality. */
  units: { kind: string; ownerKind: string | null; municipalityName: string | null }[];
  /** The logged-in person starting the application: section 4's contact. */
  starter: TPrefillPerson | null;
};

/** The id of the part the partnership's unit counts go in when the application has no part yet. */
export const PREFILL_PART_ID = 'hoved';

const OWNER_ART: Record<string, TOwnerKind> = {
  kommune: 'kommunal',
  fylkeskommune: 'fylkeskommunal',
  'privat-barnehageeier': 'privat-barnehage',
  'privat-skoleeier': 'privat-skole',
};

const personLine = (p: TPrefillPerson) => (p.title ? `${p.name}, ${p.title.toLocaleLowerCase('nb')}` : p.name);

/**
 * Section 5's counts from the units: schools, upper secondary schools and kindergartens by who owns them. A unit
 * without a registered owner is counted as public (municipal; upper secondary: county), as almost all are. Other kinds
 * (SFO, PPT, barnevern, helsestasjon) are not counted in 5.4–5.10. The breakdown per municipality is given only when
 * every unit of the kind has one, so it always adds up to the total.
 */
export function unitCountsOf(units: TPrefillFacts['units']): TUnitCounts {
  const keyOf = (u: TPrefillFacts['units'][number]): TUnitCountKey | null => {
    const privateOwner = u.ownerKind !== null && u.ownerKind !== 'kommune' && u.ownerKind !== 'fylkeskommune';
    if (u.kind === 'skole') return privateOwner ? 'privateGrunnskoler' : 'kommunaleGrunnskoler';
    if (u.kind === 'barnehage') return privateOwner ? 'privateBarnehager' : 'kommunaleBarnehager';
    if (u.kind === 'videregaende') return privateOwner ? 'privateVgs' : 'fylkeskommunaleVgs';
    return null;
  };
  const grouped = new Map<TUnitCountKey, TPrefillFacts['units']>();
  for (const u of units) {
    const key = keyOf(u);
    if (key) grouped.set(key, [...(grouped.get(key) ?? []), u]);
  }
  const counts: TUnitCounts = {};
  for (const [key, list] of grouped) {
    const byName = new Map<string, number>();
    for (const u of list) if (u.municipalityName) byName.set(u.municipalityName, (byName.get(u.municipalityName) ?? 0) + 1);
    const complete = list.every((u) => u.municipalityName);
    counts[key] = {
      total: list.length,
      byMunicipality: complete ? [...byName].sort(([a], [b]) => a.localeCompare(b, 'nb')).map(([municipality, count]) => ({ municipality, count })) : [],
    };
  }
  return counts;
}

/** The fields the partnership's facts give, grouped: a group is taken whole or not at all. */
export function prefillGroups(f: TPrefillFacts): Record<string, unknown>[] {
  const groups: Record<string, unknown>[] = [];
  if (f.starter)
    groups.push({
      's4.kontaktNavn': f.starter.name,
      's4.kontaktArbeidssted': [f.starter.title, f.starter.organisationName].filter(Boolean).join(', ') || null,
      's4.kontaktEpost': f.starter.email,
      's4.kontaktTelefon': f.starter.phone,
    });
  groups.push({
    's5.ansvarligEier.navn': f.responsibleOwner.name,
    's5.ansvarligEier.kontaktperson': f.coordinator ? personLine(f.coordinator) : null,
    's5.ansvarligEier.orgnr': f.responsibleOwner.orgnr,
    's5.ansvarligEier.kontonr': f.responsibleOwner.kontonr,
  });
  if (f.otherOwners.length > 0)
    groups.push({
      's5.andreEiere': f.otherOwners.map((o): TOtherOwner => ({ navn: o.name, art: OWNER_ART[o.kind] ?? 'annen', kontaktperson: null })),
    });
  if (f.uh.length > 0)
    groups.push({
      's5.uh': f.uh.map(
        (u): TUhInstitution => ({ navn: u.name, kontaktperson: u.contact?.name ?? null, epost: u.contact?.email ?? null, orgnr: u.orgnr, kontonr: u.kontonr, betalingsreferanse: null }),
      ),
    });
  const counts = unitCountsOf(f.units);
  if (Object.keys(counts).length > 0) {
    // The counts belong to a part; a new application has none yet, so one named for the partnership is made.
    const part: TPartHeader = { id: PREFILL_PART_ID, name: f.partnershipName, otherOfficeId: null, budgetYear: f.roundYear };
    groups.push({ parts: [part], [`parts.${PREFILL_PART_ID}.unitCounts`]: counts });
  }
  return groups;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The values a new application starts with: the copied application's (`copied`, possibly empty), then each group of
 * the partnership's facts whose fields the copy left all empty. Empty facts are not written (a null orgnr stays unset).
 */
export function prefillValues(copied: Record<string, unknown>, facts: TPrefillFacts): Record<string, unknown> {
  const values = { ...copied };
  for (const group of prefillGroups(facts)) {
    // A copied application with parts keeps its own: the partnership does not say which part a unit belongs to.
    if (Object.keys(group).some((k) => !isEmpty(copied[k]))) continue;
    for (const [key, value] of Object.entries(group)) if (!isEmpty(value)) values[key] = value;
  }
  return values;
}
