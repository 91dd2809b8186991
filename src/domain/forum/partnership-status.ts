// What a partnership sees of the samarbeidsforum's work on its own application (issue 13, point 6). Derived, never
// stored: sendt → 'til behandling' once an item for it is on a meeting's agenda → 'innstilt' when the round's
// innstilling is adopted. At adoption it sees its own amounts per year (owner, each UH) and the forum's assessment —
// never a member's scores or comments, which this view has no place for.
import { z } from 'zod';
import type { TInnstillingContent, TYearSplit } from './innstilling-content.ts';

export const PARTNERSHIP_FORUM_STATUSES = ['til behandling', 'innstilt'] as const;
export type TPartnershipForumStatus = (typeof PARTNERSHIP_FORUM_STATUSES)[number];

export type TPartnershipForumView = {
  status: TPartnershipForumStatus;
  /** After adoption: whether it is prioritised, the amounts per year, the forum's assessment and any reason (not
   * prioritised or reduced). Null before. */
  outcome: {
    prioritised: boolean;
    split: TYearSplit[];
    totalKr: number;
    assessment: string | null;
    reason: string | null;
  } | null;
};

export function partnershipForumView(input: {
  applicationId: string;
  /** The application is submitted (a draft or returned one is not before the forum). */
  submitted: boolean;
  onAgenda: boolean;
  /** The round's innstilling when adopted, else null. */
  adopted: TInnstillingContent | null;
}): TPartnershipForumView | null {
  if (!input.submitted) return null;
  if (input.adopted) {
    const p = input.adopted.prioritised.find((x) => x.applicationId === input.applicationId);
    if (p) return { status: 'innstilt', outcome: { prioritised: true, split: p.split, totalKr: p.totalKr, assessment: p.assessment, reason: p.reduced ? p.reason : null } };
    const n = input.adopted.notPrioritised.find((x) => x.applicationId === input.applicationId);
    if (n) return { status: 'innstilt', outcome: { prioritised: false, split: [], totalKr: 0, assessment: n.assessment, reason: n.reason } };
  }
  return input.onAgenda || input.adopted ? { status: input.adopted ? 'innstilt' : 'til behandling', outcome: null } : null;
}

/** As the application's API sends it (src/domain/behovsmelding/application-contract.ts `forum`). */
export const ZPartnershipForumView = z.strictObject({
  status: z.enum(PARTNERSHIP_FORUM_STATUSES),
  outcome: z
    .strictObject({
      prioritised: z.boolean(),
      split: z.array(
        z.strictObject({
          year: z.number(),
          /** A later year: "innstilt (foreløpig)". */
          provisional: z.boolean(),
          ownerKr: z.number(),
          uh: z.array(z.strictObject({ orgId: z.string(), name: z.string(), amountKr: z.number() })),
          totalKr: z.number(),
        }),
      ),
      totalKr: z.number(),
      assessment: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
