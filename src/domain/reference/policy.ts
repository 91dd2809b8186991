// Who may read and change reference data: Kartverket's division and the offices (read-only here), grant schemes
// (configuration, the admin's) and regions (kept by the office they belong to).
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { isAuthenticated, staffIn } from '../access/predicates.ts';

/** Counties, municipalities and offices: loaded from reference-data/, never changed in the app. */
export type ReferenceDataResource = { type: 'reference' };
export type SchemeResource = { type: 'scheme' };
/** `officeId` null: the list of regions as a whole, or a region of no office (the admin's). */
export type RegionResource = { type: 'region'; officeId: string | null };
export type ReferenceResource = ReferenceDataResource | SchemeResource | RegionResource;

export type ReferenceDataVerb = 'read';
export type SchemeVerb = 'read' | 'edit';
export type RegionVerb = 'read' | 'create' | 'edit';
export type ReferenceVerbs = { reference: ReferenceDataVerb; scheme: SchemeVerb; region: RegionVerb };

const referenceRules: Rules<ReferenceDataResource, ReferenceDataVerb> = {
  /** Public facts every form needs: anyone logged in. */
  read: (actor) => isAuthenticated(actor),
};

const schemeRules: Rules<SchemeResource, SchemeVerb> = {
  /** A scheme's rules and texts are shown to applicants: anyone logged in. */
  read: (actor) => isAuthenticated(actor),
  /** Schemes are the platform's configuration: the admin only. */
  edit: () => false,
};

const regionRules: Rules<RegionResource, RegionVerb> = {
  /** Which municipalities an RSK covers: anyone logged in. */
  read: (actor) => isAuthenticated(actor),
  /** Setting up a region in the office's area: its case officers. */
  create: (actor, r) => staffIn(actor, r.officeId),
  /** Changing a region (asked for its office and, when moved, the new one): that office's case officers. */
  edit: (actor, r) => staffIn(actor, r.officeId),
};

export const referencePolicy: ModulePolicy<ReferenceResource, ReferenceVerbs> = {
  reference: referenceRules,
  scheme: schemeRules,
  region: regionRules,
};
