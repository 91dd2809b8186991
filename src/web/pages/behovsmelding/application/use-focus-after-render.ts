// Moves focus to an element once React has rendered it: after "Legg til rad", to the new row's first input;
// after "Fjern", to a control that stays, so keyboard focus is never lost to the page's start.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    const el = document.getElementById(id);
    const target = el && (el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea, button'));
    target?.focus();
  }, [tick]);
  return useCallback((id: string) => {
    pending.current = id;
    setTick((n) => n + 1);
  }, []);
}
