import type { Api } from '../api/use-api';
import { formatMoney, formatTime, orderStatusLabels } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { OrderTracker } from './OrderTracker';

export function OrdersView(props: {
  api: Api;
  orders: OrderFieldsFragment[];
  trackedOrderId: string | null;
  onTrack: (orderId: string) => void;
  onOrderChanged: (order: OrderFieldsFragment) => void;
  onPay: (order: OrderFieldsFragment) => void;
}) {
  const tracked = props.orders.find((o) => o.id === props.trackedOrderId);
  const sorted = [...props.orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title">My orders</h2>
      {props.trackedOrderId && (
        <OrderTracker
          key={props.trackedOrderId}
          api={props.api}
          orderId={props.trackedOrderId}
          initial={tracked ?? null}
          onChanged={props.onOrderChanged}
        />
      )}
      {sorted.length === 0 && <p className="muted">No orders yet.</p>}
      <ul className="cards">
        {sorted.map((order) => (
          <li key={order.id} className="card" data-testid="order" data-order-id={order.id}>
            <div className="row">
              <strong>{order.pharmacy.name}</strong>
              <span className={`status status-${order.status.toLowerCase()}`}>
                {orderStatusLabels[order.status]}
              </span>
            </div>
            <p className="muted small">
              {formatTime(order.createdAt)} · {order.lines.length} item
              {order.lines.length === 1 ? '' : 's'} · {formatMoney(order.total)}
            </p>
            {order.status === 'PENDING_PAYMENT' && (
              <button type="button" className="primary" onClick={() => props.onPay(order)}>
                Pay now
              </button>
            )}
            {order.id !== props.trackedOrderId && (
              <button type="button" onClick={() => props.onTrack(order.id)}>
                Follow this order
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
