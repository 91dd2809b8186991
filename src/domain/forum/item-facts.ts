// Who may act on an agenda item, from the forum's rows: the facts the forum policy's `forum-item` rules ask
// (policy.ts), and for whom each person acts (a deputy acts in the member's place, so a score or vote is the
// member's seat, written with the deputy's name).
//
// The rules of the field (forvaltningsloven § 6–8, Udir's mandate): a member who is inhabil neither prepares nor
// decides the item; while the forum has not yet decided a proposed or declared recusal, the member holds back too
// (the safe side: a later "not inhabil" lets the member in, a late "inhabil" cannot undo a score). The deputy may
// step in for a recused member when the forum says so.
import type { ForumItemResource } from './policy.ts';

export type TRecusalDecision = 'pending' | 'confirmed' | 'rejected';

export type TItemFactRows = {
  officeId: string;
  /** The office's members whose term covers the meeting day and who have not ended. */
  members: readonly { id: string; personId: string; deputyPersonId: string | null }[];
  /** This item's recusals. */
  recusals: readonly { memberId: string; decision: TRecusalDecision; deputyStepsIn: boolean }[];
  /** The meeting's attendance. */
  attendance: readonly { memberId: string; present: boolean; byDeputy: boolean }[];
  /** The submitted reviews of this item: the seat, and who wrote it (the member, or the deputy in the seat). */
  submittedReviews: readonly { memberId: string; personId: string }[];
  quorum: number;
};

export type TItemFacts = {
  resource: ForumItemResource;
  /** Person → the member seat they act for when scoring (a deputy stepping in acts for the member). */
  scoresFor: ReadonlyMap<string, string>;
  /** Person → the member seat they vote for. */
  votesFor: ReadonlyMap<string, string>;
  /** Person → the member seat they may declare a recusal for (the member, or the deputy for the member). */
  memberOf: ReadonlyMap<string, string>;
  /** How many seats may vote on the item (present and not recused, or a deputy in their place). */
  voters: number;
};

/** Whether a recusal keeps the member out: pending and confirmed do, a rejected one does not. */
export const keepsOut = (decision: TRecusalDecision): boolean => decision !== 'rejected';

export function itemFacts(rows: TItemFactRows): TItemFacts {
  const recusalOf = new Map(rows.recusals.map((r) => [r.memberId, r]));
  const attendanceOf = new Map(rows.attendance.map((a) => [a.memberId, a]));
  const scoresFor = new Map<string, string>();
  const votesFor = new Map<string, string>();
  const memberOf = new Map<string, string>();

  for (const m of rows.members) {
    memberOf.set(m.personId, m.id);
    if (m.deputyPersonId) memberOf.set(m.deputyPersonId, m.id);
    const recusal = recusalOf.get(m.id);
    const attendance = attendanceOf.get(m.id);
    // Who holds the seat on this item: the member, or the deputy (in the member's place at the meeting, or stepping
    // in for a recused member); nobody when the member is kept out and no deputy steps in.
    const recused = recusal !== undefined && keepsOut(recusal.decision);
    const deputyHolds = m.deputyPersonId !== null && (recused ? recusal.deputyStepsIn : attendance?.byDeputy === true);
    const holder = recused && !deputyHolds ? null : deputyHolds ? m.deputyPersonId : m.personId;
    if (holder === null) continue;
    scoresFor.set(holder, m.id);
    if (attendance?.present) votesFor.set(holder, m.id);
  }

  // Blind scoring: a person sees the others' scores once their OWN review is in. A review counts for its writer
  // while they hold the seat; a deputy stepping into the seat of a member who had submitted has written nothing yet.
  const submittedPersonIds = [...new Set(rows.submittedReviews.filter((r) => scoresFor.get(r.personId) === r.memberId).map((r) => r.personId))];
  return {
    resource: {
      type: 'forum-item',
      officeId: rows.officeId,
      memberPersonIds: [...memberOf.keys()],
      scorerPersonIds: [...scoresFor.keys()],
      voterPersonIds: [...votesFor.keys()],
      submittedPersonIds,
      quorate: votesFor.size >= rows.quorum,
    },
    scoresFor,
    votesFor,
    memberOf,
    voters: votesFor.size,
  };
}
