import { useEffect } from 'react';
import type { Api } from '../api/use-api';
import type { OrderFieldsFragment } from '../gql/graphql';
import { OrderDocument } from '../graphql/operations';

const POLL_MS = 3_000;

/** An unpaid order whose payment waits for the bank (3-D Secure) or for the provider. */
export function awaitsPaymentOutcome(order: OrderFieldsFragment | null): boolean {
  const status = order?.payment?.status;
  return (
    order?.status === 'PENDING_PAYMENT' && (status === 'REQUIRES_ACTION' || status === 'PENDING')
  );
}

/**
 * Asks for the order every few seconds while its payment's outcome is still to come (it
 * arrives at payments by Stripe's webhook). An approval also moves the order to PAID, which
 * the order's subscription reports; a refusal changes only the payment, which no order event
 * carries, so without this the page would wait for ever.
 */
export function usePaymentOutcome(
  api: Api,
  order: OrderFieldsFragment | null,
  onOrder: (order: OrderFieldsFragment) => void,
): void {
  const waiting = awaitsPaymentOutcome(order);
  const orderId = order?.id;
  useEffect(() => {
    if (!waiting || !orderId) return;
    const timer = setInterval(() => {
      api
        .call(OrderDocument, { id: orderId })
        .then((data) => data.order && onOrder(data.order))
        .catch(() => {}); // the next round tries again
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, orderId, waiting, onOrder]);
}
