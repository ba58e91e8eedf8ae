import { useEffect, useState } from 'react';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import { formatTime, orderStatusLabels } from '../format';
import type { OrderFieldsFragment } from '../gql/graphql';
import { OrderDocument } from '../graphql/operations';
import { href } from '../router';
import { useOrderUpdates } from '../use-order-updates';
import { Alert } from './Alert';
import { Checkout } from './Checkout';
import { OrderJourney } from './OrderJourney';
import { OrderLines } from './OrderLines';
import { canPayAgain, PaymentAttempt, PaymentSummary } from './PaymentStatus';
import { CancelUnpaidOrder, PaymentDue } from './UnpaidOrder';
import { usePaymentOutcome } from './use-payment-outcome';

/**
 * One order at #/orders/<id>: what it holds, where it is (live, through orderStatusChanged),
 * and, while it waits for payment, paying or cancelling it, and where its payment stands
 * (declined, or waiting for the bank's confirmation, followed until it is decided).
 */
export function OrderPage(props: {
  api: Api;
  orderId: string;
  /** The order as the list has it, shown until the server's answer arrives. */
  initial: OrderFieldsFragment | null;
  /** Hears of every new state of the order, so the list stays current. */
  onChanged: (order: OrderFieldsFragment) => void;
}) {
  const { api, orderId, onChanged } = props;
  const [order, setOrder] = useState(props.initial);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = useOrderUpdates(api, orderId, setOrder);
  usePaymentOutcome(api, order, setOrder);
  useEffect(() => {
    if (order) onChanged(order);
  }, [order, onChanged]);

  // The subscription reports changes from now on; the query fills in what happened before.
  useEffect(() => {
    api
      .call(OrderDocument, { id: orderId })
      .then((data) => (data.order ? setOrder(data.order) : setMissing(true)))
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [api, orderId]);

  const back = (
    <a className="back" href={href('orders')}>
      ← My orders
    </a>
  );
  if (missing)
    return (
      <section>
        {back}
        <Alert kind="error">We could not find this order. It may belong to another account.</Alert>
      </section>
    );
  if (!order)
    return (
      <section>
        {back}
        {error ? <Alert kind="error">{error}</Alert> : <p className="muted">Loading the order…</p>}
      </section>
    );
  const unpaid = order.status === 'PENDING_PAYMENT';
  const approved = order.payment?.status === 'APPROVED';
  return (
    <section aria-labelledby="order-title">
      {back}
      <article className="card tracker" data-testid="order" data-order-id={order.id}>
        <div className="row">
          <h2 id="order-title">{order.pharmacy.name}</h2>
          <span className={`live live-${live.state}`}>{live.label}</span>
        </div>
        <p className="muted small">
          Ordered {formatTime(order.createdAt)} · {order.pharmacy.address}
        </p>
        <p>
          Status:{' '}
          <strong data-testid="order-status" data-status={order.status}>
            {orderStatusLabels[order.status]}
          </strong>
        </p>
        {unpaid && !approved && <PaymentDue order={order} />}
        <OrderLines order={order} />
        <OrderJourney order={order} />
        {order.payment && <PaymentSummary payment={order.payment} />}
        {error && <Alert kind="error">{error}</Alert>}
      </article>
      {unpaid && approved && (
        <Alert kind="info">Payment approved. The pharmacy is confirming your order…</Alert>
      )}
      {unpaid && !approved && (
        <>
          <PaymentAttempt payment={order.payment} />
          {canPayAgain(order.payment) && <Checkout api={api} order={order} onPayment={setOrder} />}
          <CancelUnpaidOrder api={api} order={order} onCancelled={setOrder} />
        </>
      )}
    </section>
  );
}
