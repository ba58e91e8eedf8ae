import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { describeStaffError } from './staff-errors';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces what was loaded, after a change the screen already has the answer to. */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * Loads a screen's data whenever `load` changes (memoise it with useCallback) and on reload; a
 * failure becomes a sentence, FORBIDDEN the screen's own one. Only the latest load counts, so
 * a slow answer for the pharmacy picked before cannot overwrite the current one.
 */
export function useLoad<T>(load: () => Promise<T>, forbidden: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const attempt = ++latest.current;
    setLoading(true);
    try {
      const loaded = await load();
      if (attempt !== latest.current) return;
      setData(loaded);
      setError(null);
    } catch (caught) {
      if (attempt === latest.current) setError(describeStaffError(caught, forbidden));
    } finally {
      if (attempt === latest.current) setLoading(false);
    }
  }, [load, forbidden]);

  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);

  return { data, error, loading, reload, setData };
}
