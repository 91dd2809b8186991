// Status messages ("Lagret") shown in one live region that is always in the page, so screen readers announce
// them. A message belongs to a path: saving then navigating to the saved item shows it there, and it is gone on
// the next page.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

type Status = { text: string; path: string; at: number };

type StatusValue = {
  status: Status | null;
  /** Shows `text` on `path` (default: the current page). */
  announce: (text: string, path?: string) => void;
};

const StatusContext = createContext<StatusValue | null>(null);

export function StatusProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [status, setStatus] = useState<Status | null>(null);
  const announce = useCallback((text: string, path?: string) => setStatus({ text, path: path ?? pathname, at: Date.now() }), [pathname]);
  const value = useMemo(() => ({ status: status && status.path === pathname ? status : null, announce }), [status, pathname, announce]);
  return <StatusContext value={value}>{children}</StatusContext>;
}

export function useStatus(): StatusValue {
  const value = useContext(StatusContext);
  if (!value) throw new Error('useStatus must be used inside <StatusProvider>');
  return value;
}
