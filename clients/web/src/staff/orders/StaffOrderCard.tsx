import type { ReactNode } from 'react';
import { formatMoney, formatTime, orderStatusLabels } from '../../format';
import type { StaffOrderFieldsFragment } from '../../gql/graphql';

/** One order as staff see it: who, where to, what, and its status; actions come as children. */
export function StaffOrderCard(props: { order: StaffOrderFieldsFragment; children?: ReactNode }) {
  const { order } = props;
  return (
    <li
      className="card staff-order"
      data-testid="staff-order"
      data-order-id={order.id}
      data-status={order.status}
    >
      <div className="section-head">
        <h3>
          Order {order.id.slice(0, 8)} · {order.customer.name}
        </h3>
        <span className={`status status-${order.status.toLowerCase()}`}>
          {orderStatusLabels[order.status]}
        </span>
      </div>
      <p className="muted small">
        {order.pharmacy.name} · placed {formatTime(order.createdAt)}
        {order.status === 'PENDING_PAYMENT' &&
          order.paymentDueAt &&
          ` · cancelled unless paid by ${formatTime(order.paymentDueAt)}`}
      </p>
      <p className="staff-address">Deliver to {order.deliveryAddress}</p>
      <ul className="items">
        {order.lines.map((line) => (
          <li key={line.medication.id}>
            <span>{line.medication.name}</span>
            <span>× {line.quantity}</span>
          </li>
        ))}
        <li className="total">
          <strong>Total</strong>
          <strong>{formatMoney(order.total)}</strong>
        </li>
      </ul>
      <p className="small">
        {order.courier ? `Courier: ${order.courier.name}` : 'No courier assigned yet'}
        {order.cancelReason && ` · Cancelled: ${order.cancelReason}`}
      </p>
      {props.children}
    </li>
  );
}
