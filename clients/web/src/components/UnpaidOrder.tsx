import { useState } from 'react';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import { formatTime } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { CancelOrderDocument } from '../graphql/operations';
import { Alert } from './Alert';

/**
 * An order waiting for payment holds its medicines at the pharmacy until it is paid, cancelled,
 * or its payment time runs out: this says so.
 */
export function PaymentDue(props: { order: OrderFieldsFragment }) {
  const due = props.order.paymentDueAt;
  return (
    <Alert kind="warning">
      <span data-testid="payment-due">
        {due
          ? `The pharmacy holds your medicines until ${formatTime(due)}. If the order is not paid by then, it is cancelled and they go back on the shelf.`
          : 'If this order is not paid soon, it is cancelled and its medicines go back on the shelf.'}
      </span>
    </Alert>
  );
}

/** Cancelling an unpaid order, after a second click, so a slip of the thumb cancels nothing. */
export function CancelUnpaidOrder(props: {
  api: Api;
  order: OrderFieldsFragment;
  onCancelled: (order: OrderFieldsFragment) => void;
}) {
  const { order } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function cancel() {
    setBusy(true);
    setError(null);
    try {
      const { cancelOrder } = await props.api.call(CancelOrderDocument, {
        id: order.id,
        reason: 'cancelled by the patient',
      });
      props.onCancelled(cancelOrder);
    } catch (caught) {
      setError(describeError(caught));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card">
      <h3>Changed your mind?</h3>
      {error && <Alert kind="error">{error}</Alert>}
      {confirming ? (
        <div className="actions" role="group" aria-label="Cancel this order?">
          <span>Cancel this order? Nothing has been charged.</span>
          <button type="button" className="danger" disabled={busy} onClick={() => void cancel()}>
            {busy ? 'Cancelling…' : 'Yes, cancel the order'}
          </button>
          <button type="button" className="link" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Cancel order
        </button>
      )}
    </div>
  );
}
