// Sector codes of scheme rules, named in the user's language; an unknown code is shown as it is.
import { useCallback } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';

export const KNOWN_SECTORS = ['barnehage', 'skole', 'ppt'] as const;
type Sector = (typeof KNOWN_SECTORS)[number];
const isKnown = (code: string): code is Sector => (KNOWN_SECTORS as readonly string[]).includes(code);

export function useSectorLabel() {
  const t = useT();
  return useCallback(
    (code: string) => (isKnown(code) ? t(`sector.${code}`) : code),
    [t],
  );
}
