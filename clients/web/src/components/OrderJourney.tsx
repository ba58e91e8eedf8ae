import { formatTime, orderStatusLabels } from '../format';
import type { OrderFieldsFragment, OrderStatus } from '../gql/graphql';
import { Alert } from './Alert';

const journey: OrderStatus[] = [
  'PENDING_PAYMENT',
  'PAID',
  'PREPARING',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
];

/** Where an order is on its way to the door, with when it reached each step. */
export function OrderJourney(props: { order: OrderFieldsFragment }) {
  const { order } = props;
  if (order.status === 'CANCELLED')
    return (
      <Alert kind="info">
        This order was cancelled{order.cancelReason ? ` (${order.cancelReason})` : ''}. Its
        medicines went back into stock, and anything paid is refunded.
      </Alert>
    );
  const reached = new Map(order.statusHistory.map((change) => [change.status, change.at]));
  return (
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
  );
}
