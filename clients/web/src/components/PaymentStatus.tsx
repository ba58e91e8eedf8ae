import { declinedMessage } from '../errors';
import { formatMoney } from '../format';
import type { OrderFieldsFragment, PaymentStatus } from '../gql/graphql';
import { Alert } from './Alert';

type Payment = NonNullable<OrderFieldsFragment['payment']>;

export const paymentStatusLabels: Record<PaymentStatus, string> = {
  PENDING: 'Being checked',
  REQUIRES_ACTION: 'Waiting for your bank',
  APPROVED: 'Approved',
  DECLINED: 'Declined',
  REFUNDED: 'Refunded',
};

/** Whether a new card may be tried: no attempt yet, or the last one was declined. */
export function canPayAgain(payment: Payment | null | undefined): boolean {
  return !payment || payment.status === 'DECLINED';
}

/**
 * The latest payment attempt of an unpaid order, while it says something the patient must
 * know: the bank must confirm it, its outcome is being checked, or it was declined. An
 * approved payment is shown by the order page itself.
 */
export function PaymentAttempt(props: { payment: Payment | null | undefined }) {
  const { payment } = props;
  if (!payment) return null;
  const marker = { 'data-testid': 'payment-status', 'data-status': payment.status };
  if (payment.status === 'REQUIRES_ACTION') return <BankConfirmation payment={payment} />;
  if (payment.status === 'PENDING')
    return (
      <Alert kind="info">
        <span {...marker}>
          We are checking your payment of {formatMoney(payment.amount)} with the card provider. This
          page moves on by itself once it answers.
        </span>
      </Alert>
    );
  if (payment.status === 'DECLINED')
    return (
      <Alert kind="error">
        <span {...marker}>{declinedMessage(payment.failureReason)}</span>
      </Alert>
    );
  return null;
}

/**
 * 3-D Secure: the card's bank asks the patient to confirm. With Stripe.js, the clientSecret of
 * payOrder's answer would open the bank's check here (see Checkout); this app does not load
 * it, so the patient confirms with the bank directly. Either way the outcome reaches payments
 * by Stripe's webhook, and this page hears of it (usePaymentOutcome).
 */
function BankConfirmation(props: { payment: Payment }) {
  const { payment } = props;
  return (
    <section className="card" aria-labelledby="bank-title">
      <h3 id="bank-title">Your bank needs to confirm this payment</h3>
      <p data-testid="payment-status" data-status={payment.status}>
        Your card uses 3-D Secure: your bank asks you to approve the payment of{' '}
        <strong>{formatMoney(payment.amount)}</strong>, usually in its app or with a code it sends
        you. Nothing is charged until you do.
      </p>
      <p className="muted small" data-testid="bank-confirmation">
        Waiting for your bank’s answer… This page moves on by itself once it arrives. If your bank
        refuses, you can try another card here.
      </p>
      <details className="small">
        <summary>Why am I asked this?</summary>
        Card rules in Europe (strong customer authentication) let your bank ask you to confirm an
        online payment, so that nobody else can pay with your card.
      </details>
    </section>
  );
}

/** How an order was paid, and what of it has been refunded. */
export function PaymentSummary(props: { payment: Payment }) {
  const { payment } = props;
  if (payment.status !== 'APPROVED' && payment.status !== 'REFUNDED') return null;
  const refunded = payment.refundedAmount?.amount ? payment.refundedAmount : null;
  const full = payment.status === 'REFUNDED' || refunded?.amount === payment.amount.amount;
  return (
    <p className="muted small" data-testid="payment-summary" data-status={payment.status}>
      Paid {formatMoney(payment.amount)}
      {payment.method ? ` with ${payment.method}` : ''}
      {refunded && !full ? ` · ${formatMoney(refunded)} refunded` : ''}
      {full ? ' · refunded in full' : ''}
    </p>
  );
}
