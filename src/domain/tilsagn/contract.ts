// The tilsagn module's API (issue 14; ADR 026), one part per area: decisions and their approval, recipients,
// letters and templates, acceptance and klage. Each area adds its one line here.
import { klageContract } from './klage-contract.ts';
import { lettersContract } from './letters-contract.ts';
import { settingsContract } from './settings-contract.ts';
import { templatesContract } from './templates-contract.ts';
import { vedtakContract } from './vedtak-contract.ts';

export const tilsagnContract = { ...vedtakContract, ...settingsContract, ...templatesContract, ...lettersContract, ...klageContract } as const;
