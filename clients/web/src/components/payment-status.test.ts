import { describe, expect, it } from 'vitest';
import type { OrderFieldsFragment, OrderStatus, PaymentStatus } from '../gql/graphql';
import { canPayAgain } from './PaymentStatus';
import { awaitsPaymentOutcome } from './use-payment-outcome';

const payment = (status: PaymentStatus) => ({
  id: 'pay-1',
  status,
  method: 'visa •••• 3220',
  failureReason: null,
  amount: { amount: 798, currency: 'EUR' },
  refundedAmount: null,
});
const order = (status: OrderStatus, paymentStatus: PaymentStatus | null) =>
  ({
    id: 'order-1',
    status,
    payment: paymentStatus ? payment(paymentStatus) : null,
  }) as unknown as OrderFieldsFragment;

describe('where a payment stands', () => {
  it('lets the patient pay before any attempt and after a decline, and not while one is open', () => {
    expect(canPayAgain(null)).toBe(true);
    expect(canPayAgain(payment('DECLINED'))).toBe(true);
    for (const status of ['PENDING', 'REQUIRES_ACTION', 'APPROVED', 'REFUNDED'] as const)
      expect(canPayAgain(payment(status))).toBe(false);
  });

  it('follows an unpaid order while its payment waits for the bank or the provider', () => {
    expect(awaitsPaymentOutcome(order('PENDING_PAYMENT', 'REQUIRES_ACTION'))).toBe(true);
    expect(awaitsPaymentOutcome(order('PENDING_PAYMENT', 'PENDING'))).toBe(true);
    expect(awaitsPaymentOutcome(order('PENDING_PAYMENT', 'DECLINED'))).toBe(false);
    expect(awaitsPaymentOutcome(order('PENDING_PAYMENT', null))).toBe(false);
    // Paid or cancelled meanwhile: the order's own events say the rest.
    expect(awaitsPaymentOutcome(order('PAID', 'APPROVED'))).toBe(false);
    expect(awaitsPaymentOutcome(order('CANCELLED', 'REQUIRES_ACTION'))).toBe(false);
    expect(awaitsPaymentOutcome(null)).toBe(false);
  });
});
