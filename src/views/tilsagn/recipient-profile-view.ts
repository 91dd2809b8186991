// A recipient profile and the office's letter settings as the API shows them (src/domain/tilsagn/settings-contract.ts):
// the stored row read through the domain's rules, or the defaults (version 0) when there is none.
import type { RecipientProfileRow, TilsagnSettingRow } from '../../db/tilsagn-settings-repository.ts';
import { recipientProfileOf, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import type { RecipientProfile, TilsagnSettings } from '../../domain/tilsagn/settings-contract.ts';

type OrganisationFacts = { id: string; name: string; officeId: string | null };

export function recipientProfileOut(org: OrganisationFacts, row: RecipientProfileRow | null | undefined): RecipientProfile {
  return { organisationId: org.id, organisationName: org.name, officeId: org.officeId, ...recipientProfileOf(row), version: row?.version ?? 0 };
}

export function tilsagnSettingsOut(officeId: string, row: TilsagnSettingRow | null | undefined): TilsagnSettings {
  return { officeId, ...tilsagnSettingOf(row), version: row?.version ?? 0 };
}
