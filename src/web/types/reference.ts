// Shapes of the reference-data and region APIs.
import type { RegionVerb, SchemeVerb } from '../../domain/reference/policy.ts';
import type { TSchemeRules } from '../../domain/reference/scheme-rules.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';

export type ParallelName = { name: string; language: 'sami' | 'kven' };

export type County = { division: number; number: string; name: string; officialName: string; parallelNames: ParallelName[] };

export type Municipality = County & {
  countyNumber: string;
  samiLanguage: 'nordsamisk' | 'lulesamisk' | 'sorsamisk' | null;
  successorNumbers: string[];
};

export type Office = { id: string; name: string; countyNumbers: string[] };

export type Scheme = {
  id: string;
  /** Content with a text per language: show it with useLocalize(). */
  name: LocalizedText;
  shortName: string;
  description: LocalizedText | null;
  active: boolean;
  rules: TSchemeRules;
  version: number;
};

export type Region = {
  id: string;
  name: string;
  officeId: string | null;
  description: string | null;
  version: number;
  municipalities: { number: string; name: string }[];
};

/** GET /api/reference/schemes/:id and /api/regions/:id: with the verbs this user may use (the server's policy). */
export type SchemeDetail = Scheme & { allowed: SchemeVerb[] };
export type RegionDetail = Region & { allowed: RegionVerb[] };

/** GET /api/regions `creates`: the offices to set up a region in (null: nothing to offer). */
export type RegionCreates = { region: { officeIds: string[] } | null };
