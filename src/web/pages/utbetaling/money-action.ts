// One way for the payment pages' buttons to act: run the call, keep the failure to show beside the control (the
// server's own words: "you prepared this batch", "nothing waits for approval"), and report whether it went through,
// so the caller announces and moves focus only then.
import { useCallback, useState } from 'react';
import { ApiError } from '../../api.ts';

export function useMoneyAction() {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setFailure(null);
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { failure, busy, run };
}
