import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { describeStaffError } from './staff-errors';

export interface Page<T> {
  nodes: T[];
  endCursor?: string | null;
  hasNextPage: boolean;
}

export interface Paged<T> {
  nodes: T[] | null;
  error: string | null;
  loading: boolean;
  hasNextPage: boolean;
  /** Appends the next page after the last one loaded. */
  loadMore: () => Promise<void>;
  /** Loads the first page again (after a reconnect, say), dropping the pages after it. */
  reload: () => Promise<void>;
  setNodes: Dispatch<SetStateAction<T[] | null>>;
}

/**
 * A cursor-paginated list: the first page whenever `fetchPage` changes (memoise it), more on
 * demand. Only the latest request counts, so a filter changed mid-load shows its own answer.
 */
export function usePaged<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  forbidden: string,
): Paged<T> {
  const [nodes, setNodes] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [cursor, setCursor] = useState<{ after: string | null; more: boolean }>({
    after: null,
    more: false,
  });
  const latest = useRef(0);

  const fetchInto = useCallback(
    async (after: string | null) => {
      const attempt = ++latest.current;
      setLoading(true);
      try {
        const page = await fetchPage(after);
        if (attempt !== latest.current) return;
        setNodes((current) => (after && current ? [...current, ...page.nodes] : page.nodes));
        setCursor({ after: page.endCursor ?? null, more: page.hasNextPage });
        setError(null);
      } catch (caught) {
        if (attempt === latest.current) setError(describeStaffError(caught, forbidden));
      } finally {
        if (attempt === latest.current) setLoading(false);
      }
    },
    [fetchPage, forbidden],
  );

  const reload = useCallback(() => fetchInto(null), [fetchInto]);
  useEffect(() => {
    setNodes(null);
    void reload();
  }, [reload]);

  return {
    nodes,
    error,
    loading,
    hasNextPage: cursor.more,
    loadMore: () => fetchInto(cursor.after),
    reload,
    setNodes,
  };
}
