// The samarbeidsforum's routes in the access matrix (issue 13), one file per area.
import { forumAllocationCases } from './cases-forum-allocation.ts';
import { forumFramesCases } from './cases-forum-frames.ts';
import { forumInnstillingCases } from './cases-forum-innstilling.ts';
import { forumMembersCases } from './cases-forum-members.ts';
import { forumReviewCases } from './cases-forum-review.ts';
import type { RouteCase } from './matrix.ts';

export const forumCases: RouteCase[] = [...forumMembersCases, ...forumReviewCases, ...forumFramesCases, ...forumAllocationCases, ...forumInnstillingCases];
