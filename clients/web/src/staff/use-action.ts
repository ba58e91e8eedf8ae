import { useCallback, useState } from 'react';
import { describeStaffError } from './staff-errors';

export interface Action {
  busy: boolean;
  error: string | null;
  /** Runs one change; its answer goes to `onDone`, a failure becomes the error sentence. */
  run<T>(change: () => Promise<T>, onDone?: (result: T) => void): Promise<void>;
}

/** The state of a button that changes something: busy while it runs, then done or failed. */
export function useAction(forbidden: string): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(change: () => Promise<T>, onDone?: (result: T) => void) => {
      setBusy(true);
      setError(null);
      try {
        const result = await change();
        onDone?.(result);
      } catch (caught) {
        setError(describeStaffError(caught, forbidden));
      } finally {
        setBusy(false);
      }
    },
    [forbidden],
  );
  return { busy, error, run };
}
