// What "own" and "other" mean for each actor: the organisation, partnership and office the actor works for, and
// one that belongs to somebody else. All from the seeded demo data (reference-data/demo.json).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisation, partnership, person, region } from '../../db/schema/index.ts';
import type { Tenancy, Who } from './matrix.ts';

type Pair = Record<Tenancy, string>;

const ORGS: Record<Who, [string, string]> = {
  anonymous: ['Harstad kommune', 'Evenes kommune'],
  admin: ['Statsforvalteren i Troms og Finnmark', 'Statsforvalteren i Nordland'],
  saksbehandler: ['Harstad kommune', 'Evenes kommune'],
  forum: ['Utdanningsforbundet Troms', 'Harstad kommune'],
  budsjettdisponent: ['Harstad kommune', 'Evenes kommune'],
  koordinator: ['Region Sør-Troms', 'Nordreisa kommune'],
  uh: ['UiT Norges arktiske universitet', 'Nord universitet'],
  studiesenter: ['Nord-Troms Studiesenter', 'Harstad kommune'],
  leser: ['Utdanningsdirektoratet', 'Harstad kommune'],
};

const SOR_TROMS = 'Kompetanseløftet Sør-Troms og Evenes';
const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const EVENES_NORDLAND = 'Kompetanseløftet Evenes (Nordland-andelen)';
const PARTNERSHIPS: Record<Who, [string, string]> = {
  anonymous: [SOR_TROMS, EVENES_NORDLAND],
  admin: [SOR_TROMS, EVENES_NORDLAND],
  saksbehandler: [SOR_TROMS, EVENES_NORDLAND],
  forum: [SOR_TROMS, EVENES_NORDLAND],
  budsjettdisponent: [SOR_TROMS, EVENES_NORDLAND],
  koordinator: [SOR_TROMS, NORD_TROMS],
  uh: [SOR_TROMS, EVENES_NORDLAND],
  studiesenter: [NORD_TROMS, SOR_TROMS],
  leser: [SOR_TROMS, EVENES_NORDLAND],
};

export type Fixtures = {
  org: (who: Who, tenancy: Tenancy) => string;
  orgName: (who: Who, tenancy: Tenancy) => string;
  partnership: (who: Who, tenancy: Tenancy) => string;
  /** A person (contact) of the actor's own / the other organisation. */
  person: (who: Who, tenancy: Tenancy) => string;
  office: Pair;
  region: Pair;
  ids: Record<string, string>;
  /** The test app's DATA_DIR (uploaded files), set by the test after loading. */
  dataDir?: string;
};

export async function loadFixtures(db: Db): Promise<Fixtures> {
  const orgs = await db.select().from(organisation);
  const orgByName = (name: string) => {
    const o = orgs.find((x) => x.name === name);
    if (!o) throw new Error(`fixture: no organisation ${name}`);
    return o.id;
  };
  const partnerships = await db.select().from(partnership);
  const pByName = (name: string) => partnerships.find((p) => p.name === name)!.id;
  const people = await db.select().from(person);
  // Every fixture organisation needs a contact person to read and edit; add one where the demo data has none.
  const personOf = new Map<string, string>();
  for (const [own, other] of Object.values(ORGS))
    for (const name of [own, other]) {
      const id = orgByName(name);
      if (personOf.has(id)) continue;
      const existing = people.find((p) => p.organisationId === id);
      if (existing) personOf.set(id, existing.id);
      else {
        const [created] = await db.insert(person).values({ name: `Kontakt ${name}`, email: `kontakt.${id.slice(0, 8)}@example.org`, organisationId: id }).returning();
        personOf.set(id, created!.id);
      }
    }
  const [sorTroms] = await db.select().from(region).where(eq(region.name, 'Sør-Troms'));
  const [salten] = await db
    .insert(region)
    .values({ name: 'Salten (matrise)', officeId: 'nordland', description: 'Region i et annet embete, for tilgangsmatrisen' })
    .returning();
  const [uit] = await db.select().from(organisation).where(and(eq(organisation.kind, 'uh'), eq(organisation.name, 'UiT Norges arktiske universitet')));
  const pick = (table: Record<Who, [string, string]>, who: Who, t: Tenancy) => table[who][t === 'own' ? 0 : 1];
  return {
    org: (who, t) => orgByName(pick(ORGS, who, t)),
    orgName: (who, t) => pick(ORGS, who, t),
    partnership: (who, t) => pByName(pick(PARTNERSHIPS, who, t)),
    person: (who, t) => personOf.get(orgByName(pick(ORGS, who, t)))!,
    office: { own: 'troms-og-finnmark', other: 'nordland' },
    region: { own: sorTroms!.id, other: salten!.id },
    ids: {
      harstad: orgByName('Harstad kommune'),
      evenes: orgByName('Evenes kommune'),
      rsk: orgByName('Region Sør-Troms'),
      nordreisa: orgByName('Nordreisa kommune'),
      uit: uit!.id,
      nord: orgByName('Nord universitet'),
    },
  };
}
