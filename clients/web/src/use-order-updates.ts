import { useEffect, useState } from 'react';
import type { Api } from './api/use-api';
import type { OrderFieldsFragment, OrderStatusChangedSubscription } from './gql/graphql';
import { OrderDocument, OrderStatusChangedDocument } from './graphql/operations';

export interface LiveState {
  state: 'connecting' | 'live' | 'polling';
  label: string;
}

const POLL_MS = 5_000;

/**
 * Follows one order through the orderStatusChanged subscription. Should the WebSocket fail
 * (a proxy that drops it, say), the order is polled instead, so the page still moves on.
 */
export function useOrderUpdates(
  api: Api,
  orderId: string,
  onOrder: (order: OrderFieldsFragment) => void,
): LiveState {
  const [live, setLive] = useState<LiveState>({ state: 'connecting', label: 'Connecting…' });

  useEffect(() => {
    let poller: ReturnType<typeof setInterval> | undefined;
    const poll = () =>
      api
        .call(OrderDocument, { id: orderId })
        .then((data) => data.order && onOrder(data.order))
        .catch(() => {});
    const fallBack = () => {
      setLive({ state: 'polling', label: 'Live updates unavailable: checking every 5 s' });
      poller ??= setInterval(() => void poll(), POLL_MS);
    };
    const client = api.live();
    const offConnected = client.on('connected', () => {
      setLive({ state: 'live', label: 'Live' });
      // Catch up on anything that changed while (re)connecting.
      void poll();
    });
    const unsubscribe = client.subscribe<OrderStatusChangedSubscription>(
      { query: OrderStatusChangedDocument.toString(), variables: { orderId } },
      {
        next: (result) => {
          if (result.data) onOrder(result.data.orderStatusChanged);
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
  }, [api, orderId, onOrder]);

  return live;
}
