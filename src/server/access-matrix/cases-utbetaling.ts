// The utbetaling module's routes in the access matrix (issue 15), one file per area; each area adds its one line here.
import type { RouteCase } from './matrix.ts';

export const utbetalingCases: RouteCase[] = [];
