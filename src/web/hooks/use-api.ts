// Loads one GET resource for a page: data, error and a reload. A newer path aborts the older request, so fast
// filter changes never show stale results. `null` as path loads nothing (e.g. "new" forms).
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';

export type ApiState<T> = { data: T | undefined; error: ApiError | undefined; loading: boolean; reload: () => void };

export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ path: string | null; data?: T; error?: ApiError; loading: boolean }>({ path, loading: path !== null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ path, data: s.path === path ? s.data : undefined, loading: true }));
    api
      .get<T>(path, { signal: controller.signal })
      .then((data) => setState({ path, data, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ path, error: error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null), loading: false });
      });
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.path === path;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: path !== null && (!current || state.loading),
    reload,
  };
}
