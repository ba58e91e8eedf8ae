import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../api/client';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import { formatMoney } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { PayOrderDocument } from '../graphql/operations';
import { Alert } from './Alert';

/**
 * Test cards (the sandbox's, and Stripe's in its test mode): tokens stand in for card numbers,
 * which never reach our servers.
 */
export const testCards = [
  { token: 'pm_card_visa', label: 'Visa •••• 4242 (approved)' },
  {
    token: 'pm_card_threeDSecure2Required',
    label: 'Visa •••• 3220 (your bank asks you to confirm: 3-D Secure)',
  },
  { token: 'pm_card_chargeDeclined', label: 'Visa •••• 0002 (declined)' },
  {
    token: 'pm_card_insufficientFunds',
    label: 'Visa •••• 9995 (insufficient funds)',
  },
];

/**
 * Paying an order that waits for payment; the pharmacy's total is the one charged. Whatever
 * the answer (approved, declined, waiting for the bank), the order with this payment goes to
 * the page, which shows it.
 */
export function Checkout(props: {
  api: Api;
  order: OrderFieldsFragment;
  onPayment: (order: OrderFieldsFragment) => void;
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
      // REQUIRES_ACTION: a page with Stripe.js would now call
      // stripe.handleNextAction({ clientSecret }) to show the bank's check. This app does not
      // load Stripe.js; the page says the bank must confirm and follows the outcome.
      const { order: updated, clientSecret: _forStripeJs, ...payment } = payOrder;
      props.onPayment({ ...updated, payment });
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
        <legend>Test card</legend>
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
