import { formatTime, orderStatusLabels } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { href } from '../router';
import { OrderLines } from './OrderLines';
import { paymentStatusLabels } from './PaymentStatus';

function actionLabel(order: OrderFieldsFragment): string {
  if (order.status === 'PENDING_PAYMENT') return 'Pay or cancel';
  if (order.status === 'DELIVERED' || order.status === 'CANCELLED') return 'View this order';
  return 'Follow this order';
}

/** Every order once, newest first, with what it holds; each opens at #/orders/<id>. */
export function OrdersView(props: { orders: OrderFieldsFragment[] }) {
  const sorted = [...props.orders].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="orders-title">
      <h2 id="orders-title">My orders</h2>
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
            <p className="muted small">Ordered {formatTime(order.createdAt)}</p>
            {order.status === 'PENDING_PAYMENT' && order.payment && (
              <p className="small" data-testid="payment-status" data-status={order.payment.status}>
                Payment: {paymentStatusLabels[order.payment.status]}
              </p>
            )}
            <OrderLines order={order} />
            <a
              className={`button${order.status === 'PENDING_PAYMENT' ? ' primary' : ''}`}
              href={href('orders', order.id)}
            >
              {actionLabel(order)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
