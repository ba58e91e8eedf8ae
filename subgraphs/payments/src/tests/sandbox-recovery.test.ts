import { describe, expect, it } from 'vitest';
import { expectError, userCaller } from '@pharmacy/testing';
import type { SandboxPaymentProvider } from '../provider/sandbox-provider';
import { INTERRUPTED_REASON } from '../provider/payment-provider';
import {
  interruptedAttempt,
  interruptedCharge,
  payOrder,
  readPayment,
  recoverAged,
  unpaidOrder,
} from './payment-flows';
import { orderStatusOf, usePaymentsWithOrders } from './with-orders';

const stack = usePaymentsWithOrders();
const sandbox = () => stack().payments.runtime.deps.provider as SandboxPaymentProvider;

describe('the sandbox provider and the recovery', () => {
  it('records as APPROVED a charge the sandbox made before the process stopped, and the order is PAID', async () => {
    const { payments, orders } = stack();
    const order = await unpaidOrder(orders);
    const { id, request } = await interruptedCharge(payments, order);
    expect(await recoverAged(payments, id)).toMatchObject({
      status: 'APPROVED',
      method: 'visa •••• 4242',
      providerRef: sandbox().charges.get(request.idempotencyKey)!.reference,
    });
    expect(await orderStatusOf(orders, order.orderId)).toBe('PAID');
  });

  it('keeps a 3-D Secure charge REQUIRES_ACTION until its customer passes, and declines one never made', async () => {
    const { payments, orders } = stack();
    const order = await unpaidOrder(orders);
    const { id, charged } = await interruptedCharge(
      payments,
      order,
      'pm_card_threeDSecure2Required',
    );
    expect(await recoverAged(payments, id)).toMatchObject({ status: 'REQUIRES_ACTION' });
    sandbox().completeThreeDSecure(charged.status === 'REQUIRES_ACTION' ? charged.reference : '');
    expect(await payments.runtime.deps.recovery.settle(id)).toMatchObject({ status: 'APPROVED' });
    expect(await orderStatusOf(orders, order.orderId)).toBe('PAID');

    const neverMade = await interruptedAttempt(payments, await unpaidOrder(orders));
    expect(await recoverAged(payments, neverMade.id)).toMatchObject({
      status: 'DECLINED',
      failureReason: INTERRUPTED_REASON,
    });
  });

  it('answers payOrder with the 3-D Secure test card REQUIRES_ACTION and a client secret for the payer', async () => {
    const { payments, orders } = stack();
    const { patient, orderId } = await unpaidOrder(orders);
    const paid = await payOrder(payments, patient, {
      orderId,
      paymentMethod: 'pm_card_threeDSecure2Required',
    });
    expect(paid.data?.payOrder).toMatchObject({
      status: 'REQUIRES_ACTION',
      provider: 'sandbox',
      method: 'visa •••• 3220',
    });
    const { clientSecret, id } = paid.data!.payOrder;
    expect(clientSecret).toMatch(/^pi_sandbox_\w+_secret_\w+$/);
    expect((await readPayment(payments, patient, id)).data?.paymentApproval?.clientSecret).toBe(
      clientSecret,
    );
    // Its outcome is still to come: not deleted meanwhile.
    const DELETE = `mutation($id: ID!) { deletePaymentApproval(id: $id) }`;
    expectError(await payments.call(userCaller('ADMIN'), DELETE, { id }), 'CONFLICT');
  });
});
