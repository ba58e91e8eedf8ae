import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../api/use-api';
import type { StaffOrderFieldsFragment, StaffOrderUpdatesSubscription } from '../../gql/graphql';
import type { LiveState } from '../../use-order-updates';
import { StaffOrderUpdatesDocument } from '../operations';

const POLL_MS = 10_000;

/**
 * Every order the caller may see, as it changes: the orderStatusChanged subscription without an
 * orderId. `onOrder` hears each event; `onCatchUp` reloads the list when the socket (re)connects,
 * for whatever changed meanwhile, and every 10 s should the WebSocket fail.
 */
export function useLiveOrders(
  api: Api,
  onOrder: (order: StaffOrderFieldsFragment) => void,
  onCatchUp: () => void,
): LiveState {
  const [live, setLive] = useState<LiveState>({ state: 'connecting', label: 'Connecting…' });
  // Kept in refs so a changed filter does not open a new subscription.
  const handlers = useRef({ onOrder, onCatchUp });
  handlers.current = { onOrder, onCatchUp };

  useEffect(() => {
    let poller: ReturnType<typeof setInterval> | undefined;
    const fallBack = () => {
      setLive({ state: 'polling', label: 'Live updates unavailable: refreshing every 10 s' });
      poller ??= setInterval(() => handlers.current.onCatchUp(), POLL_MS);
    };
    const client = api.live();
    const offConnected = client.on('connected', () => {
      setLive({ state: 'live', label: 'Live' });
      // The list may have been loaded before the subscription began: catch up on what changed.
      handlers.current.onCatchUp();
    });
    const unsubscribe = client.subscribe<StaffOrderUpdatesSubscription>(
      { query: StaffOrderUpdatesDocument.toString() },
      {
        next: (result) => {
          if (result.data) handlers.current.onOrder(result.data.orderStatusChanged);
          else if (result.errors?.length) fallBack();
        },
        error: fallBack,
        complete: () => {},
      },
    );
    return () => {
      offConnected();
      unsubscribe();
      clearInterval(poller);
    };
  }, [api]);

  return live;
}

/** The list with `order` in its place, first when new, or gone when it no longer matches. */
export function withOrder(
  list: StaffOrderFieldsFragment[] | null,
  order: StaffOrderFieldsFragment,
  matches: (order: StaffOrderFieldsFragment) => boolean,
): StaffOrderFieldsFragment[] | null {
  if (!list) return list;
  const rest = list.filter((o) => o.id !== order.id);
  if (!matches(order)) return rest;
  const index = list.findIndex((o) => o.id === order.id);
  if (index < 0) return [order, ...rest];
  return list.map((o) => (o.id === order.id ? order : o));
}
