// The tilsagn module's routes in the access matrix (issue 14), one file per area; each area adds its one line here.
import { tilsagnSettingsCases } from './cases-tilsagn-settings.ts';
import { tilsagnTemplatesCases } from './cases-tilsagn-templates.ts';
import { tilsagnVedtakCases } from './cases-tilsagn-vedtak.ts';
import { tilsagnLettersCases } from './cases-tilsagn-letters.ts';
import { tilsagnKlageCases } from './cases-tilsagn-klage.ts';
import type { RouteCase } from './matrix.ts';

export const tilsagnCases: RouteCase[] = [...tilsagnVedtakCases, ...tilsagnSettingsCases, ...tilsagnTemplatesCases, ...tilsagnLettersCases, ...tilsagnKlageCases];
