// The arkiv module's routes in the access matrix (issue 15).
import type { RouteCase } from './matrix.ts';

export const arkivCases: RouteCase[] = [];
