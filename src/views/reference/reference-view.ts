// Schemes and regions as the API shows them (src/domain/reference/contract.ts): the contract's fields, never the
// row's bookkeeping (timestamps) or a column added later.
import type { RegionWithMunicipalities } from '../../db/region-repository.ts';
import type { SchemeRow } from '../../db/reference-repository.ts';
import type { Region, Scheme } from '../../domain/reference/contract.ts';
import { storedSchemeRules } from '../../domain/reference/scheme-rules.ts';

export function schemeOut(s: SchemeRow): Scheme {
  return {
    id: s.id,
    name: s.name,
    shortName: s.shortName,
    description: s.description,
    active: s.active,
    rules: storedSchemeRules(s.rules),
    version: s.version,
  };
}

export function regionOut(r: RegionWithMunicipalities): Region {
  return {
    id: r.id,
    name: r.name,
    officeId: r.officeId,
    description: r.description,
    version: r.version,
    municipalities: r.municipalities.map((m) => ({ number: m.number, name: m.name })),
  };
}
