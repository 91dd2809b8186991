// Shared look-ups used by several forms and pages (offices, organisations, municipalities, schemes, regions).
import { useMemo } from 'react';
import { useLocalize } from '../i18n/i18n-context.tsx';
import { useCall } from './use-call.ts';
import { referenceApi } from '../clients/reference.ts';
import { orgApi } from '../clients/org.ts';

export function useOffices() {
  return useCall(referenceApi.listOffices);
}

export function useSchemes() {
  return useCall(referenceApi.listSchemes);
}

/** id → scheme name in the UI language (a content text), for showing a scheme where the API gives its id. */
export function useSchemeNames(): Map<string, string> {
  const schemes = useSchemes().data?.schemes;
  const localize = useLocalize();
  return useMemo(() => new Map((schemes ?? []).map((s) => [s.id, localize(s.name)])), [schemes, localize]);
}

export function useRegions() {
  return useCall(referenceApi.listRegions);
}

export function useOrganisations(filter: { kind?: string; q?: string } = {}) {
  return useCall(orgApi.listOrganisations, { query: filter });
}

export function useMunicipalities(division: 2024 | 2020 = 2024) {
  return useCall(referenceApi.listMunicipalities, { query: { division: String(division) as '2024' | '2020' } });
}

/** id → name, for showing names where the API gives ids. */
export function useNameMap<T extends { name: string }>(items: T[] | undefined, key: (item: T) => string): Map<string, string> {
  return useMemo(() => new Map((items ?? []).map((i) => [key(i), i.name])), [items, key]);
}

/** "5503 Harstad" (municipality) or "55 Troms" (county) when the name is known, else the number. */
export function numberAndName(number: string | null | undefined, names: Map<string, string>): string {
  if (!number) return '';
  const name = names.get(number);
  return name ? `${number} ${name}` : number;
}

/** Stable key functions for useNameMap (a new function each render would defeat the memo). */
export const byId = (item: { id: string }) => item.id;
export const byNumber = (item: { number: string }) => item.number;
