// Puts the user at the input an error link names (`#field-<path>`), or the nearest enclosing group that exists.
import { anchorCandidates, pathOfHash } from './field-anchor.ts';

export function focusFieldFromHash(hash: string): boolean {
  const path = pathOfHash(hash);
  if (!path) return false;
  for (const id of anchorCandidates(path)) {
    const el = document.getElementById(id);
    if (!el) continue;
    const target = el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
    if (target === el && !el.matches('input, select, textarea, button') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return true;
  }
  return false;
}
