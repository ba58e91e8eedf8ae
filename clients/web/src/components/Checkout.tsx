import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../api/client';
import type { Api } from '../api/use-api';
import { declinedMessage, describeError } from '../errors';
import { formatMoney } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { PayOrderDocument } from '../graphql/operations';
import { Alert } from './Alert';

/** Sandbox test cards: tokens stand in for card numbers, which never reach our servers. */
export const testCards = [
  { token: 'pm_card_visa', label: 'Visa •••• 4242 (approved)' },
  { token: 'pm_card_chargeDeclined', label: 'Visa •••• 0002 (declined)' },
  {
    token: 'pm_card_chargeDeclinedInsufficientFunds',
    label: 'Visa •••• 9995 (insufficient funds)',
  },
];

/** Paying an order that waits for payment; the pharmacy's total is the one charged. */
export function Checkout(props: {
  api: Api;
  order: OrderFieldsFragment;
  onPaid: (order: OrderFieldsFragment) => void;
}) {
  const { order } = props;
  const [card, setCard] = useState(testCards[0]!.token);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The same key while an attempt's answer is unknown (network trouble), a new one after.
  const attempt = useRef<{ card: string; key: string } | null>(null);

  async function pay() {
    if (attempt.current?.card !== card) attempt.current = { card, key: newIdempotencyKey() };
    setBusy(true);
    setError(null);
    try {
      const { payOrder } = await props.api.call(PayOrderDocument, {
        orderId: order.id,
        paymentMethod: card,
        idempotencyKey: attempt.current.key,
      });
      attempt.current = null;
      if (payOrder.status === 'DECLINED') setError(declinedMessage(payOrder.failureReason));
      else props.onPaid(payOrder.order);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="checkout-title">
      <h3 id="checkout-title">Pay for your order</h3>
      <p className="muted small">Delivery to {order.deliveryAddress}</p>
      <fieldset>
        <legend>Card (sandbox)</legend>
        {testCards.map((c) => (
          <label key={c.token} className="radio">
            <input
              type="radio"
              name="card"
              value={c.token}
              checked={card === c.token}
              onChange={() => setCard(c.token)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {error && <Alert kind="error">{error}</Alert>}
      <button type="button" className="primary" disabled={busy} onClick={() => void pay()}>
        {busy ? 'Paying…' : `Pay ${formatMoney(order.total)}`}
      </button>
    </section>
  );
}
