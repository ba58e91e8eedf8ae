import { formatMoney } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';

/** What an order holds, at the prices it was placed at, and its total. */
export function OrderLines(props: { order: OrderFieldsFragment }) {
  const { order } = props;
  return (
    <ul className="items" aria-label="Medicines in this order">
      {order.lines.map((line) => (
        <li key={line.medication.id} data-testid="order-line">
          <span>
            {line.quantity} × {line.medication.name}
            {line.quantity > 1 && (
              <span className="muted small"> ({formatMoney(line.unitPrice)} each)</span>
            )}
          </span>
          <span>{formatMoney(line.lineTotal)}</span>
        </li>
      ))}
      <li className="total">
        <strong>Total</strong>
        <strong data-testid="order-total">{formatMoney(order.total)}</strong>
      </li>
    </ul>
  );
}
