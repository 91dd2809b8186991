// The utbetaling module's routes in the access matrix (issue 15), one file per area; each area adds its one line here.
import type { RouteCase } from './matrix.ts';
import { utbetalingBatchCases } from './cases-utbetaling-batch.ts';
import { utbetalingOverviewCases } from './cases-utbetaling-overview.ts';
import { utbetalingPlanCases } from './cases-utbetaling-plan.ts';
import { utbetalingUnusedCases } from './cases-utbetaling-unused.ts';

export const utbetalingCases: RouteCase[] = [...utbetalingPlanCases, ...utbetalingBatchCases, ...utbetalingOverviewCases, ...utbetalingUnusedCases];
