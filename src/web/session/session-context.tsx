// Who is logged in (GET /api/session), shared by the whole app. Keeps the API client's CSRF token in step and
// forgets the user when the server answers 401, so protected pages send them to the login page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthenticated, setCsrfToken } from '../api.ts';
import { accessApi } from '../clients/access.ts';
import type { SessionMay, SessionResponse, SessionUser } from '../types/session.ts';

type SessionValue = {
  status: 'loading' | 'ready' | 'error';
  user: SessionUser | null;
  /** What the navigation and the start page offer the user, as the server's policy decided. */
  may: SessionMay | null;
  login: SessionResponse['login'];
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionValue['status']>('loading');
  const [session, setSession] = useState<SessionResponse | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await accessApi.getSession();
      setCsrfToken(next.csrfToken);
      setSession(next);
      setStatus('ready');
    } catch {
      setStatus('error');
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      await accessApi.logout();
    } finally {
      setCsrfToken(null);
      setSession((s) => (s ? { ...s, user: null, csrfToken: null } : s));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        setSession((s) => (s && s.user ? { ...s, user: null, csrfToken: null } : s));
      }),
    [],
  );

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user: session?.user ?? null,
      may: session?.user ? session.may : null,
      login: session?.login ?? { oidc: false, demo: false },
      refresh,
      logout,
    }),
    [status, session, refresh, logout],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
