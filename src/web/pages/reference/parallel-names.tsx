// Official Sámi and Kven parallel names, each marked with its language so screen readers pronounce it right.
import { useT } from '../../i18n/i18n-context.tsx';
import type { ParallelName } from '../../types/reference.ts';

/** Without the municipality's Sámi language area the exact Sámi language is unknown; "smi" (Sámi) is the honest tag. */
const LANG = { sami: 'smi', kven: 'fkv' } as const;

export function ParallelNames({ names, samiLang }: { names: ParallelName[]; samiLang?: string | undefined }) {
  const t = useT();
  if (names.length === 0) return null;
  return (
    <>
      {names.map((n, i) => (
        <span key={n.name}>
          {i > 0 && ', '}
          <span lang={n.language === 'sami' ? (samiLang ?? LANG.sami) : LANG.kven}>{n.name}</span> ({t(n.language === 'sami' ? 'reference.sami' : 'reference.kven')})
        </span>
      ))}
    </>
  );
}
