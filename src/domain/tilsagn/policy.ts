// Who may do what with vedtak and tilsagn (issue 14, ADR 026). Statsforvalteren's case officers prepare a round's
// decisions from the forum's adopted innstilling and write the letters; a budsjettdisponent of the office approves
// them — never one who prepared any of them, or sent them for approval (Bestemmelser om økonomistyring i staten
// 6.3.3: the one who prepares is not the one who approves). Approving is a PERSONAL act (TILSAGN_PERSONAL_VERBS): the
// admin's pass-everything does not reach it. A partnership sees its own decision once issued, and its coordinator
// accepts a tilsagn; a forum member reads the round's decisions but decides and approves nothing.
//
// The policy is pure: a use case reads the facts (who prepared a list's decisions, whether a decision is issued)
// and passes them in the resource.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { hasRoleInOffice, readerFor, staffFor, staffIn } from '../access/predicates.ts';
import type { Actor } from '../access/roles.ts';
import { coordinates, isEditorOf, isMemberOf, type PartnershipResource } from '../org/policy.ts';

/** A round's decisions as a whole: preparing them, the pipeline, issuing the letters; the office's settings and
 * letter templates. */
export type TilsagnOfficeResource = { type: 'tilsagn'; officeId: string };

/**
 * An approval list (vedtak_batch). `preparerUserIds`: the users who prepared any of its decisions;
 * `submitterUserId`: who sent it for approval. Neither may approve it.
 */
export type VedtakBatchResource = { type: 'vedtak-batch'; officeId: string; preparerUserIds: readonly string[]; submitterUserId: string | null };

/**
 * One decision, as its partnership and office see it: `officeId` is its round's office; `issued` whether its letter
 * has gone out (before that the partnership sees nothing of it); `needsAcceptance`: a tilsagn with money paid out
 * (not only state transfers) that is not yet accepted.
 */
export type VedtakResource = {
  type: 'vedtak';
  officeId: string;
  partnership: PartnershipResource;
  issued: boolean;
  needsAcceptance: boolean;
};

/** An organisation's recipient profile (how it receives state money, its written standard); `officeId` its area. */
export type RecipientProfileResource = { type: 'recipient-profile'; officeId: string | null };

export type TilsagnModuleResource = TilsagnOfficeResource | VedtakBatchResource | VedtakResource | RecipientProfileResource;

export const TILSAGN_VERBS = ['read', 'prepare', 'issue', 'edit-settings', 'edit-templates'] as const;
export type TilsagnVerb = (typeof TILSAGN_VERBS)[number];
export const VEDTAK_BATCH_VERBS = ['read', 'edit', 'submit', 'approve', 'return'] as const;
export type VedtakBatchVerb = (typeof VEDTAK_BATCH_VERBS)[number];
export const VEDTAK_VERBS = ['read', 'read-letter', 'accept', 'handle-klage', 'record-archive-number'] as const;
export type VedtakVerb = (typeof VEDTAK_VERBS)[number];
export const RECIPIENT_PROFILE_VERBS = ['read', 'edit'] as const;
export type RecipientProfileVerb = (typeof RECIPIENT_PROFILE_VERBS)[number];

export type TilsagnVerbs = {
  tilsagn: TilsagnVerb;
  'vedtak-batch': VedtakBatchVerb;
  vedtak: VedtakVerb;
  'recipient-profile': RecipientProfileVerb;
};

/** Acts only the person a rule names may do: approving (and returning) a list uses budget authority; accepting a
 * tilsagn is the addressee's own declaration, which no admin makes for it. */
export const TILSAGN_PERSONAL_VERBS = ['vedtak-batch.approve', 'vedtak-batch.return', 'vedtak.accept'] as const;

/** The office's people who follow its decisions: case officers, budsjettdisponenter, the forum and readers. */
const officeReader = (actor: Actor, officeId: string) =>
  staffIn(actor, officeId) || hasRoleInOffice(actor, 'budsjettdisponent', officeId) || hasRoleInOffice(actor, 'forum', officeId) || readerFor(actor, officeId);

/** Holds the office's budget authority and had no hand in preparing the list. */
const mayApprove = (actor: Actor, b: VedtakBatchResource) =>
  hasRoleInOffice(actor, 'budsjettdisponent', b.officeId) &&
  actor.userId !== null &&
  !b.preparerUserIds.includes(actor.userId) &&
  b.submitterUserId !== actor.userId;

const tilsagnRules: Rules<TilsagnOfficeResource, TilsagnVerb> = {
  /** A round's decisions, the pipeline and the letters' list: the office's people (the forum sees deviations). */
  read: (actor, r) => officeReader(actor, r.officeId),
  /** Preparing decisions from the adopted innstilling, and amending decisions: the case officers. */
  prepare: (actor, r) => staffIn(actor, r.officeId),
  /** Issuing an approved list's letters (numbered, rendered, listed): the case officers. */
  issue: (actor, r) => staffIn(actor, r.officeId),
  /** The written standard for neutral recipients, the appeal body, the days to accept: the case officers. */
  'edit-settings': (actor, r) => staffIn(actor, r.officeId),
  /** The letter templates per scheme and language: the case officers. */
  'edit-templates': (actor, r) => staffIn(actor, r.officeId),
};

const batchRules: Rules<VedtakBatchResource, VedtakBatchVerb> = {
  read: (actor, b) => officeReader(actor, b.officeId),
  /** Adding, changing and removing its decisions while it is a draft: the case officers. */
  edit: (actor, b) => staffIn(actor, b.officeId),
  /** Sending it for approval: the case officers. */
  submit: (actor, b) => staffIn(actor, b.officeId),
  /** Approving: a budsjettdisponent of the office who prepared none of it and did not send it (personal). */
  approve: mayApprove,
  /** Sending it back to the preparers with a message: whoever could approve it (personal). */
  return: mayApprove,
};

const vedtakRules: Rules<VedtakResource, VedtakVerb> = {
  /** The office's people; the partnership's own (coordinator, editors, members) once the letter is issued. */
  read: (actor, v) =>
    officeReader(actor, v.officeId) || (v.issued && (coordinates(actor, v.partnership) || isEditorOf(actor, v.partnership) || isMemberOf(actor, v.partnership))),
  /** The letter's files: the office's case officers and budsjettdisponenter, and the partnership's own once issued
   * (the forum and readers see the decision, not the letter). */
  'read-letter': (actor, v) =>
    staffIn(actor, v.officeId) ||
    hasRoleInOffice(actor, 'budsjettdisponent', v.officeId) ||
    (v.issued && (coordinates(actor, v.partnership) || isEditorOf(actor, v.partnership) || isMemberOf(actor, v.partnership))),
  /** Accepting the tilsagn and its conditions: the addressee's coordinator, once issued and while it awaits it. */
  accept: (actor, v) => v.issued && v.needsAcceptance && coordinates(actor, v.partnership),
  /** Registering a klage, reversing, dismissing or forwarding it, recording its outcome: the case officers. */
  'handle-klage': (actor, v) => staffIn(actor, v.officeId),
  /** The archive's journalpost number for the letter: the case officers. */
  'record-archive-number': (actor, v) => staffIn(actor, v.officeId),
};

const profileRules: Rules<RecipientProfileResource, RecipientProfileVerb> = {
  /** How an organisation receives state money and is written to: anyone at the office that writes to it. */
  read: (actor, p) => staffFor(actor, p.officeId) || (p.officeId !== null && officeReader(actor, p.officeId)),
  /** Kept by the office (a state UH's transfer, a municipality's chosen standard are the office's records). */
  edit: (actor, p) => staffFor(actor, p.officeId),
};

export const tilsagnPolicy: ModulePolicy<TilsagnModuleResource, TilsagnVerbs> = {
  tilsagn: tilsagnRules,
  'vedtak-batch': batchRules,
  vedtak: vedtakRules,
  'recipient-profile': profileRules,
};
