// Offices by name in documents: a part applied for at another office says "søkes hos Statsforvalteren i Nordland",
// never the id `nordland`. The names are frozen in the snapshot at submit; a snapshot from before that has none, and
// then the reference list the offices are seeded from names them (the id only for an office it does not know).
import offices from '../../../reference-data/offices.json' with { type: 'json' };
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';

const REFERENCE_NAMES: ReadonlyMap<string, string> = new Map(offices.map((o) => [o.id, o.name]));

export function officeName(snapshot: Pick<TApplicationSnapshot, 'round'>, officeId: string): string {
  const frozen = snapshot.round.officeNames;
  return (frozen && Object.hasOwn(frozen, officeId) ? frozen[officeId] : undefined) ?? REFERENCE_NAMES.get(officeId) ?? officeId;
}

/** "søkes hos Statsforvalteren i Nordland": how a part applied for at another office is marked everywhere. */
export const otherOfficeNote = (snapshot: Pick<TApplicationSnapshot, 'round'>, officeId: string) => `søkes hos ${officeName(snapshot, officeId)}`;
