// Every row of the access matrix, whichever test file runs its cells (run-matrix.ts): what the coverage checks in
// src/server/access-matrix.test.ts compare with the server's routes and the policies' verbs. A module's rows are
// added here and in the one test file that runs them.
import { accessCases } from './cases-access.ts';
import { behovsmeldingCases } from './cases-behovsmelding.ts';
import { forumCases } from './cases-forum.ts';
import { orgCases } from './cases-org.ts';
import { partnershipCases } from './cases-partnership.ts';
import { platformCases } from './cases-platform.ts';
import { questionnaireCases } from './cases-questionnaire.ts';
import { referenceCases } from './cases-reference.ts';
import { startCases } from './cases-start.ts';
import { tilsagnCases } from './cases-tilsagn.ts';
import { utbetalingCases } from './cases-utbetaling.ts';
import { arkivCases } from './cases-arkiv.ts';
import type { RouteCase } from './matrix.ts';

export const ALL_CASES: readonly RouteCase[] = [
  ...platformCases,
  ...orgCases,
  ...partnershipCases,
  ...referenceCases,
  ...behovsmeldingCases,
  ...accessCases,
  ...questionnaireCases,
  ...startCases,
  ...forumCases,
  ...tilsagnCases,
  ...utbetalingCases,
  ...arkivCases,
];
