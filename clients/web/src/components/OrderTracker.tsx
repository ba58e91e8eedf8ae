import { useEffect, useState } from 'react';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import { formatMoney, formatTime, orderStatusLabels } from '../format';
import type { OrderFieldsFragment, OrderStatus } from '../gql/graphql';
import { OrderDocument } from '../graphql/operations';
import { useOrderUpdates } from '../use-order-updates';
import { Alert } from './Alert';

const journey: OrderStatus[] = [
  'PENDING_PAYMENT',
  'PAID',
  'PREPARING',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
];

/** One order's status, kept current by the orderStatusChanged subscription. */
export function OrderTracker(props: {
  api: Api;
  orderId: string;
  initial: OrderFieldsFragment | null;
  /** Hears of every new state of the order, so lists elsewhere stay current. */
  onChanged: (order: OrderFieldsFragment) => void;
}) {
  const [order, setOrder] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const live = useOrderUpdates(props.api, props.orderId, setOrder);
  const { onChanged } = props;
  useEffect(() => {
    if (order) onChanged(order);
  }, [order, onChanged]);

  // The subscription reports changes from now on; the query fills in what happened before.
  useEffect(() => {
    props.api
      .call(OrderDocument, { id: props.orderId })
      .then((data) => data.order && setOrder(data.order))
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [props.api, props.orderId]);

  if (!order)
    return error ? <Alert kind="error">{error}</Alert> : <p className="muted">Loading…</p>;
  const reached = new Map(order.statusHistory.map((change) => [change.status, change.at]));
  return (
    <div className="card tracker" aria-live="polite">
      <div className="row">
        <h3>{order.pharmacy.name}</h3>
        <span className={`live live-${live.state}`}>{live.label}</span>
      </div>
      <p>
        Status:{' '}
        <strong data-testid="order-status" data-status={order.status}>
          {orderStatusLabels[order.status]}
        </strong>
      </p>
      {order.status === 'CANCELLED' ? (
        <Alert kind="info">This order was cancelled; anything paid is refunded.</Alert>
      ) : (
        <ol className="journey">
          {journey.map((status) => (
            <li key={status} className={reached.has(status) ? 'done' : ''}>
              <span>{orderStatusLabels[status]}</span>
              <span className="muted small">
                {reached.has(status) ? formatTime(reached.get(status)!) : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">
        Total {formatMoney(order.total)}
        {order.payment?.method ? ` · paid with ${order.payment.method}` : ''}
      </p>
      {error && <Alert kind="error">{error}</Alert>}
    </div>
  );
}
