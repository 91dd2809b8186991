// Who may do what in the samarbeidsforum (issue 13). The forum weighs a round's applications and recommends how to
// split the year's money; Statsforvalteren leads its secretariat and does not vote.
//
// Two kinds of acts:
// - the secretariat's (the office's case officers): members, meetings, agenda, criteria, frames, allocation, the
//   forum's assessment, recording recusal decisions and the adoption of each item;
// - a member's own (scoring, declaring a recusal, voting): only a member of the office's forum — or the deputy in
//   the member's place — who is not recused on the item, and for voting present at the meeting. The secretariat
//   never scores or votes.
// Scoring, voting and adopting are PERSONAL acts: the admin's pass-everything does not reach them (FORUM_PERSONAL_VERBS,
// honoured by the composition in src/domain/access/policy.ts). Adopting also needs a quorate meeting.
//
// The policy is pure: a use case reads the facts (who is a member, present, recused, has submitted a review) and
// passes them in the resource.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { hasRoleInOffice, isOneOf, readerFor, staffIn } from '../access/predicates.ts';
import type { Actor } from '../access/roles.ts';

/** The office's forum as a whole: its members, meetings, criteria and settings. */
export type ForumResource = { type: 'forum'; officeId: string };

/** An office's budget frames (office × scheme × year). */
export type BudgetFrameResource = { type: 'budget-frame'; officeId: string };

/** A round's allocation (scenarios) and its innstilling. `quorate`: the adopting meeting has its quorum present. */
export type AllocationResource = { type: 'forum-allocation'; officeId: string; quorate: boolean };

/**
 * One agenda item, with the facts its rules need, each a list of person ids:
 * - `memberPersonIds`: the people who may act for a member of the office's forum on this item (members, and deputies
 *   stepping in) — whether recused or not (a recused member may still read the item and declare);
 * - `scorerPersonIds`: those who may prepare it (score and comment): members not recused, or their deputies;
 * - `voterPersonIds`: those who may vote on it: scorers present at the meeting;
 * - `submittedPersonIds`: those who have submitted their own review (then they may see the others').
 * `quorate`: the meeting has its quorum of voting members present.
 */
export type ForumItemResource = {
  type: 'forum-item';
  officeId: string;
  memberPersonIds: readonly string[];
  scorerPersonIds: readonly string[];
  voterPersonIds: readonly string[];
  submittedPersonIds: readonly string[];
  quorate: boolean;
};

export type ForumModuleResource = ForumResource | BudgetFrameResource | AllocationResource | ForumItemResource;

export const FORUM_VERBS = ['read', 'manage-members', 'plan-meetings', 'edit-criteria', 'edit-settings'] as const;
export type ForumVerb = (typeof FORUM_VERBS)[number];
export const BUDGET_FRAME_VERBS = ['read', 'edit'] as const;
export type BudgetFrameVerb = (typeof BUDGET_FRAME_VERBS)[number];
export const ALLOCATION_VERBS = ['read', 'edit', 'adopt', 'export'] as const;
export type AllocationVerb = (typeof ALLOCATION_VERBS)[number];
export const FORUM_ITEM_VERBS = ['read', 'read-scores', 'score', 'declare-recusal', 'decide-recusal', 'assess', 'vote', 'record-decision'] as const;
export type ForumItemVerb = (typeof FORUM_ITEM_VERBS)[number];

export type ForumVerbs = {
  forum: ForumVerb;
  'budget-frame': BudgetFrameVerb;
  'forum-allocation': AllocationVerb;
  'forum-item': ForumItemVerb;
};

/** Acts a person does as a member of the forum (or as the secretariat recording the forum's adoption): the admin
 * passes no check of these, and neither does anyone else the rule does not name. */
export const FORUM_PERSONAL_VERBS = ['forum-item.score', 'forum-item.vote', 'forum-item.record-decision', 'forum-allocation.adopt'] as const;

/** The office's forum: its members (and deputies) hold the `forum` role for the office. */
const forumMemberOf = (actor: Actor, officeId: string) => hasRoleInOffice(actor, 'forum', officeId);

/** Who reads the office's forum work: its secretariat, its members, its readers. */
const forumReader = (actor: Actor, officeId: string) => staffIn(actor, officeId) || forumMemberOf(actor, officeId) || readerFor(actor, officeId);

const forumRules: Rules<ForumResource, ForumVerb> = {
  /** Members, meetings, agenda and minutes: the secretariat, the members and the office's readers. */
  read: (actor, r) => forumReader(actor, r.officeId),
  /** Appointing and ending members (grants and revokes their `forum` role for the office): the secretariat. */
  'manage-members': (actor, r) => staffIn(actor, r.officeId),
  /** Meetings, notice, attendance, agenda and minutes: the secretariat. */
  'plan-meetings': (actor, r) => staffIn(actor, r.officeId),
  /** A round's criteria: the secretariat (seeded from the scheme's guidelines and the long-term plan). */
  'edit-criteria': (actor, r) => staffIn(actor, r.officeId),
  /** The quorum and other settings: the secretariat. */
  'edit-settings': (actor, r) => staffIn(actor, r.officeId),
};

const budgetFrameRules: Rules<BudgetFrameResource, BudgetFrameVerb> = {
  read: (actor, r) => forumReader(actor, r.officeId),
  /** Entered from the allocation letter by the secretariat; a forum member cannot change frames. */
  edit: (actor, r) => staffIn(actor, r.officeId),
};

const allocationRules: Rules<AllocationResource, AllocationVerb> = {
  /** The scenarios and the draft innstilling: the secretariat, the members and the office's readers. */
  read: (actor, r) => forumReader(actor, r.officeId),
  /** Proposing amounts, scenarios, priorities and reasons: the secretariat prepares; the forum weighs. */
  edit: (actor, r) => staffIn(actor, r.officeId),
  /** Recording that the forum adopted the innstilling: the secretariat, at a quorate meeting (personal: no admin). */
  adopt: (actor, r) => staffIn(actor, r.officeId) && r.quorate,
  /** The innstilling as PDF or DOCX: whoever reads it. */
  export: (actor, r) => forumReader(actor, r.officeId),
};

const itemRules: Rules<ForumItemResource, ForumItemVerb> = {
  /** The item, the application it is about and the forum's assessment (a recused member may read it). */
  read: (actor, r) => forumReader(actor, r.officeId),
  /** Every member's scores and comments: the secretariat (side by side), and a member who may prepare the item and
   * has submitted their own review — never a recused member, and never before their own is in. */
  'read-scores': (actor, r) => staffIn(actor, r.officeId) || (isOneOf(actor, r.scorerPersonIds) && isOneOf(actor, r.submittedPersonIds)),
  /** Scoring and commenting: a member (or deputy in the member's place) not recused; never the secretariat. */
  score: (actor, r) => isOneOf(actor, r.scorerPersonIds) && !staffIn(actor, r.officeId),
  /** Declaring oneself inhabil on an item: any member of the forum acting on it. */
  'declare-recusal': (actor, r) => isOneOf(actor, r.memberPersonIds),
  /** Recording the forum's decision on a recusal (and whether the deputy steps in): the secretariat. */
  'decide-recusal': (actor, r) => staffIn(actor, r.officeId),
  /** Writing the forum's assessment of the application: the secretariat. */
  assess: (actor, r) => staffIn(actor, r.officeId),
  /** Voting: a member (or deputy) present and not recused; never the secretariat. */
  vote: (actor, r) => isOneOf(actor, r.voterPersonIds) && !staffIn(actor, r.officeId),
  /** Recording the item's adoption (consensus, or the counts and any dissent): the secretariat at a quorate meeting. */
  'record-decision': (actor, r) => staffIn(actor, r.officeId) && r.quorate,
};

export const forumPolicy: ModulePolicy<ForumModuleResource, ForumVerbs> = {
  forum: forumRules,
  'budget-frame': budgetFrameRules,
  'forum-allocation': allocationRules,
  'forum-item': itemRules,
};
