// Shared look-ups used by several forms and pages (offices, organisations, municipalities, schemes, regions).
import { useMemo } from 'react';
import type { Organisation, OrganisationCreates } from '../types/org.ts';
import type { Municipality, Office, Region, RegionCreates, Scheme } from '../types/reference.ts';
import { withQuery } from '../api.ts';
import { useLocalize } from '../i18n/i18n-context.tsx';
import { useApi } from './use-api.ts';

export function useOffices() {
  return useApi<{ offices: Office[] }>('/api/reference/offices');
}

export function useSchemes() {
  return useApi<{ schemes: Scheme[] }>('/api/reference/schemes');
}

/** id → scheme name in the UI language (a content text), for showing a scheme where the API gives its id. */
export function useSchemeNames(): Map<string, string> {
  const schemes = useSchemes().data?.schemes;
  const localize = useLocalize();
  return useMemo(() => new Map((schemes ?? []).map((s) => [s.id, localize(s.name)])), [schemes, localize]);
}

export function useRegions() {
  return useApi<{ regions: Region[]; creates: RegionCreates }>('/api/regions');
}

export function useOrganisations(filter: { kind?: string; q?: string } = {}) {
  return useApi<{ organisations: Organisation[]; creates: OrganisationCreates }>(withQuery('/api/organisations', filter));
}

export function useMunicipalities(division: 2024 | 2020 = 2024) {
  return useApi<{ municipalities: Municipality[]; attribution?: string }>(withQuery('/api/reference/municipalities', { division }));
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
