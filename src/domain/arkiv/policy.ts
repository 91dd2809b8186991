// Who may hand a round's documents over to the archive (issue 15, docs/archive.md): the office's case officers, who
// journalfører; the export holds every document of the round, screened ones too, so nobody outside the office reads it.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { staffIn } from '../access/predicates.ts';

/** A round's archive handover at an office. */
export type ArchiveResource = { type: 'archive'; officeId: string };
export type ArkivModuleResource = ArchiveResource;

export const ARCHIVE_VERBS = ['read', 'export', 'record-number'] as const;
export type ArchiveVerb = (typeof ARCHIVE_VERBS)[number];
export type ArkivVerbs = { archive: ArchiveVerb };

const archiveRules: Rules<ArchiveResource, ArchiveVerb> = {
  /** The list of a round's journal entries: the case officers. */
  read: (actor, r) => staffIn(actor, r.officeId),
  /** The ZIP with the entries and their files: the case officers. */
  export: (actor, r) => staffIn(actor, r.officeId),
  /** The journalpost number the archive returned, per document: the case officers. */
  'record-number': (actor, r) => staffIn(actor, r.officeId),
};

export const arkivPolicy: ModulePolicy<ArkivModuleResource, ArkivVerbs> = { archive: archiveRules };
