import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type Session } from './helpers';
import { expectConsistent } from './ordering-consistency';
import {
  available,
  cancel,
  demoStaff,
  eventually,
  gql,
  newPatient,
  openShop,
  orderOf,
  pay,
  place,
  prescriptionFor,
  remaining,
  setStatus,
  type OrderView,
  type Shop,
  type Staff,
} from './ordering-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let staff: Staff;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  staff = await demoStaff(stack);
});
afterAll(() => stack?.stop());

/** A patient with a verified prescription for 2 packs of the shop's Rx medicine. */
async function patientWithPrescription(shop: Shop, quantity = 2) {
  const patient = await newPatient(stack);
  const prescriptionId = await prescriptionFor(stack, staff, patient, [
    { medicationId: shop.rx, quantity },
  ]);
  return { patient, prescriptionId };
}

async function placed(
  patient: Session,
  shop: Shop,
  prescriptionId: string | null,
  rx = 1,
  otc = 2,
) {
  const lines = [
    ...(rx ? [{ medicationId: shop.rx, quantity: rx }] : []),
    { medicationId: shop.otc, quantity: otc },
  ];
  const { body } = await place(stack, patient, {
    pharmacyId: shop.pharmacyId,
    prescriptionId,
    lines,
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.placeOrder;
}

async function paid(patient: Session, order: OrderView) {
  const { body } = await pay(stack, patient, order.id);
  expect(body.data?.payOrder.status, JSON.stringify(body.errors)).toBe('APPROVED');
  return body.data!.payOrder;
}

describe('the happy path', () => {
  it('uploads, verifies, places, pays, prepares and delivers an order', async () => {
    const shop = await openShop(stack, staff);
    const { patient, prescriptionId } = await patientWithPrescription(shop);

    const order = await placed(patient, shop, prescriptionId, 1, 2);
    expect(order).toMatchObject({
      status: 'PENDING_PAYMENT',
      total: { amount: 1250 + 2 * 399, currency: 'EUR' },
      prescription: { id: prescriptionId },
      statusHistory: [{ status: 'PENDING_PAYMENT' }],
      payment: null,
    });
    expect(order.lines.map((l) => [l.medication.id, l.quantity, l.unitPrice.amount])).toEqual([
      [shop.rx, 1, 1250],
      [shop.otc, 2, 399],
    ]);
    expect(new Date(order.paymentDueAt!).getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(await remaining(stack, patient, prescriptionId)).toBe(1);
    expect(await available(stack, staff, shop, shop.otc)).toBe(18);

    const approval = await paid(patient, order);
    expect(approval).toMatchObject({
      method: 'visa •••• 4242',
      failureReason: null,
      amount: { amount: 2048, currency: 'EUR' },
      order: { id: order.id },
    });
    // Delivered right after the payment committed: PAID at once, no waiting for the relay.
    expect((await orderOf(stack, patient, order.id))?.status).toBe('PAID');

    const preparing = await setStatus(stack, staff.pharmacist, order.id, 'PREPARING');
    expect(preparing.body.data?.updateOrderStatus.status).toBe('PREPARING');
    await gql(
      stack,
      staff.pharmacist,
      'mutation($o: ID!, $c: ID!) { assignCourier(orderId: $o, courierId: $c) { courier { id } } }',
      { o: order.id, c: staff.courier.user.id },
    );
    for (const status of ['OUT_FOR_DELIVERY', 'DELIVERED']) {
      const { body } = await setStatus(stack, staff.courier, order.id, status);
      expect(body.data?.updateOrderStatus.status, JSON.stringify(body.errors)).toBe(status);
    }
    const done = await orderOf(stack, patient, order.id);
    expect(done).toMatchObject({
      status: 'DELIVERED',
      courier: { id: staff.courier.user.id },
      payment: { id: approval.id, status: 'APPROVED' },
    });
    expect(done!.statusHistory.map((s) => s.status)).toEqual([
      'PENDING_PAYMENT',
      'PAID',
      'PREPARING',
      'OUT_FOR_DELIVERY',
      'DELIVERED',
    ]);
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });
    // Sold: the stock left the shelf for good.
    expect(await available(stack, staff, shop, shop.otc)).toBe(18);
    expect(await available(stack, staff, shop, shop.rx)).toBe(19);
  });
});

describe('placing an order that cannot be placed', () => {
  it('needs a prescription for prescription-only lines', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const { body } = await place(stack, patient, {
      pharmacyId: shop.pharmacyId,
      lines: [{ medicationId: shop.rx, quantity: 1 }],
    });
    expect(codes(body)).toEqual(['PRESCRIPTION_REQUIRED']);
    expect(body.errors?.[0]?.extensions?.medicationIds).toEqual([shop.rx]);
    expect(await available(stack, staff, shop, shop.rx)).toBe(20);
  });

  it('refuses a prescription that is not verified, not the patient’s own, or used up', async () => {
    const shop = await openShop(stack, staff);
    const { patient, prescriptionId } = await patientWithPrescription(shop, 2);
    const unverified = await prescriptionFor(
      stack,
      staff,
      patient,
      [{ medicationId: shop.rx, quantity: 5 }],
      false,
    );
    const other = await patientWithPrescription(shop, 5);
    const attempts = [
      { prescriptionId: unverified, quantity: 1 },
      { prescriptionId: other.prescriptionId, quantity: 1 },
      { prescriptionId, quantity: 3 },
    ];
    for (const { prescriptionId: id, quantity } of attempts) {
      const { body } = await place(stack, patient, {
        pharmacyId: shop.pharmacyId,
        prescriptionId: id,
        lines: [
          { medicationId: shop.rx, quantity },
          { medicationId: shop.otc, quantity: 1 },
        ],
      });
      expect(codes(body)).toEqual(['PRESCRIPTION_INVALID']);
    }
    expect(await remaining(stack, patient, prescriptionId)).toBe(2);
    expect(await remaining(stack, other.patient, other.prescriptionId)).toBe(5);
    expect(await available(stack, staff, shop, shop.otc)).toBe(20);
    await expectConsistent(stack, {
      customerIds: [patient.user.id, other.patient.user.id],
      shop,
      prescriptionIds: [prescriptionId, unverified, other.prescriptionId],
    });
  });

  it('gives the prescription quantity back when the stock runs short', async () => {
    const shop = await openShop(stack, staff, { rx: 20, otc: 1 });
    const { patient, prescriptionId } = await patientWithPrescription(shop);
    const { body } = await place(stack, patient, {
      pharmacyId: shop.pharmacyId,
      prescriptionId,
      lines: [
        { medicationId: shop.rx, quantity: 2 },
        { medicationId: shop.otc, quantity: 2 },
      ],
    });
    expect(codes(body)).toEqual(['INSUFFICIENT_STOCK']);
    expect(body.errors?.[0]?.extensions?.medicationIds).toEqual([shop.otc]);
    // Given back before the error reached the client.
    expect(await remaining(stack, patient, prescriptionId)).toBe(2);
    expect(await available(stack, staff, shop, shop.rx)).toBe(20);
    expect(await available(stack, staff, shop, shop.otc)).toBe(1);
    const { me } = await gql<{ me: { orders: unknown[] } }>(
      stack,
      patient,
      '{ me { orders { id } } }',
    );
    expect(me.orders).toEqual([]);
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });
  });

  it('refuses bad input, unknown ids and anonymous callers', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const cases: [Parameters<typeof place>[2], string][] = [
      [{ pharmacyId: shop.pharmacyId, lines: [] }, 'BAD_USER_INPUT'],
      [
        { pharmacyId: shop.pharmacyId, lines: [{ medicationId: shop.otc, quantity: 0 }] },
        'BAD_USER_INPUT',
      ],
      [{ pharmacyId: 'nope', lines: [{ medicationId: shop.otc, quantity: 1 }] }, 'NOT_FOUND'],
      [{ pharmacyId: randomUUID(), lines: [{ medicationId: shop.otc, quantity: 1 }] }, 'NOT_FOUND'],
      [
        { pharmacyId: shop.pharmacyId, lines: [{ medicationId: randomUUID(), quantity: 1 }] },
        'NOT_FOUND',
      ],
      [
        {
          pharmacyId: shop.pharmacyId,
          lines: [{ medicationId: shop.otc, quantity: 1 }],
          deliveryAddress: ' ',
        },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [input, code] of cases)
      expect(codes((await place(stack, patient, input)).body)).toEqual([code]);
    const anonymous = await place(stack, null, {
      pharmacyId: shop.pharmacyId,
      lines: [{ medicationId: shop.otc, quantity: 1 }],
    });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    expect(await available(stack, staff, shop, shop.otc)).toBe(20);
  });
});

describe('paying', () => {
  it('records a declined card as DECLINED, then takes a successful retry', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placed(patient, shop, null, 0, 1);
    const declined = await pay(stack, patient, order.id, 'pm_card_chargeDeclined');
    expect(declined.body.data?.payOrder).toMatchObject({
      status: 'DECLINED',
      failureReason: 'Your card was declined.',
      amount: { amount: 399 },
    });
    const poor = await pay(stack, patient, order.id, 'pm_card_insufficientFunds');
    expect(poor.body.data?.payOrder).toMatchObject({
      status: 'DECLINED',
      failureReason: 'Your card has insufficient funds.',
    });
    expect((await orderOf(stack, patient, order.id))?.status).toBe('PENDING_PAYMENT');
    // A card number is refused before anything is stored; an unknown token by the provider.
    for (const method of ['4242 4242 4242 4242', 'pm_card_bogus'])
      expect(codes((await pay(stack, patient, order.id, method)).body)).toEqual(['BAD_USER_INPUT']);

    const retry = await pay(stack, patient, order.id, 'pm_card_mastercard');
    expect(retry.body.data?.payOrder).toMatchObject({
      status: 'APPROVED',
      method: 'mastercard •••• 4444',
    });
    const after = await orderOf(stack, patient, order.id);
    expect(after).toMatchObject({ status: 'PAID', payment: { id: retry.body.data!.payOrder.id } });
    const again = await pay(stack, patient, order.id);
    expect(codes(again.body)).toEqual(['INVALID_STATUS_TRANSITION']);
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
  });

  it('answers the same request under the same key with the same result', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const input = { pharmacyId: shop.pharmacyId, lines: [{ medicationId: shop.otc, quantity: 3 }] };
    const key = randomUUID();
    const first = await place(stack, patient, input, key);
    const second = await place(stack, patient, input, key);
    expect(second.body.data?.placeOrder.id).toBe(first.body.data?.placeOrder.id);
    expect(await available(stack, staff, shop, shop.otc)).toBe(17);
    const changed = await place(
      stack,
      patient,
      { ...input, lines: [{ medicationId: shop.otc, quantity: 4 }] },
      key,
    );
    expect(codes(changed.body)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    // Keys belong to their customer: another patient's same key is another order.
    const stranger = await newPatient(stack);
    const theirs = await place(stack, stranger, input, key);
    expect(theirs.body.data?.placeOrder.id).not.toBe(first.body.data?.placeOrder.id);

    const orderId = first.body.data!.placeOrder.id;
    const payKey = randomUUID();
    const approved = await pay(stack, patient, orderId, 'pm_card_visa', payKey);
    const replayed = await pay(stack, patient, orderId, 'pm_card_visa', payKey);
    expect(replayed.body.data?.payOrder).toEqual(approved.body.data?.payOrder);
    const otherCard = await pay(stack, patient, orderId, 'pm_card_mastercard', payKey);
    expect(codes(otherCard.body)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    await expectConsistent(stack, { customerIds: [patient.user.id, stranger.user.id], shop });
  });
});

describe('status changes', () => {
  it('follows the state machine, and a replay changes nothing', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placed(patient, shop, null, 0, 1);
    const early = await setStatus(stack, staff.pharmacist, order.id, 'PREPARING');
    expect(codes(early.body)).toEqual(['INVALID_STATUS_TRANSITION']);
    await paid(patient, order);
    const assign = (courierId: string) =>
      stack.request(
        'mutation($o: ID!, $c: ID!) { assignCourier(orderId: $o, courierId: $c) { id } }',
        { o: order.id, c: courierId },
        staff.pharmacist.accessToken,
      );
    expect(codes((await assign(patient.user.id)).body)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await assign(randomUUID())).body)).toEqual(['NOT_FOUND']);
    expect((await assign(staff.courier.user.id)).body.errors).toBeUndefined();
    const skip = await setStatus(stack, staff.courier, order.id, 'OUT_FOR_DELIVERY');
    expect(codes(skip.body)).toEqual(['INVALID_STATUS_TRANSITION']);
    const first = await setStatus(stack, staff.pharmacist, order.id, 'PREPARING');
    const replay = await setStatus(stack, staff.pharmacist, order.id, 'PREPARING');
    expect(replay.body.data?.updateOrderStatus).toEqual(first.body.data?.updateOrderStatus);
    expect(replay.body.data?.updateOrderStatus.statusHistory).toHaveLength(3);
    const backwards = await setStatus(stack, staff.pharmacist, order.id, 'PAID');
    expect(codes(backwards.body)).toEqual(['FORBIDDEN']);
    await setStatus(stack, staff.courier, order.id, 'OUT_FOR_DELIVERY');
    expect(codes((await cancel(stack, staff.admin, order.id)).body)).toEqual([
      'INVALID_STATUS_TRANSITION',
    ]);
    expect(codes((await cancel(stack, patient, order.id)).body)).toEqual([
      'INVALID_STATUS_TRANSITION',
    ]);
    expect(codes((await assign(staff.courier.user.id)).body)).toEqual([]);
    await setStatus(stack, staff.courier, order.id, 'DELIVERED');
    const deliveredAgain = await setStatus(stack, staff.courier, order.id, 'DELIVERED');
    expect(deliveredAgain.body.data?.updateOrderStatus.statusHistory).toHaveLength(5);
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
  });

  it('lets each role make only its own changes', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const stranger = await newPatient(stack);
    const order = await placed(patient, shop, null, 0, 1);
    // Another patient's order: neither paid, cancelled nor seen by them.
    expect(codes((await pay(stack, stranger, order.id)).body)).toEqual(['FORBIDDEN']);
    expect(codes((await cancel(stack, stranger, order.id)).body)).toEqual(['FORBIDDEN']);
    const peek = await stack.request(
      'query($id: ID!) { order(id: $id) { id } }',
      { id: order.id },
      stranger.accessToken,
    );
    expect(codes(peek.body)).toEqual(['FORBIDDEN']);
    const approval = await paid(patient, order);

    expect(codes((await setStatus(stack, patient, order.id, 'PREPARING')).body)).toEqual([
      'FORBIDDEN',
    ]);
    // A courier not assigned to it may not even see it.
    expect(
      codes((await setStatus(stack, staff.courier, order.id, 'OUT_FOR_DELIVERY')).body),
    ).toEqual(['FORBIDDEN']);
    expect(codes((await setStatus(stack, staff.pharmacist, order.id, 'DELIVERED')).body)).toEqual([
      'FORBIDDEN',
    ]);
    const asPatient = await stack.request(
      'mutation($o: ID!, $c: ID!) { assignCourier(orderId: $o, courierId: $c) { id } }',
      { o: order.id, c: staff.courier.user.id },
      patient.accessToken,
    );
    expect(codes(asPatient.body)).toEqual(['FORBIDDEN']);
    const del = 'mutation($id: ID!) { deleteOrder(id: $id) }';
    expect(
      codes((await stack.request(del, { id: order.id }, staff.pharmacist.accessToken)).body),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes((await stack.request(del, { id: order.id }, staff.admin.accessToken)).body),
    ).toEqual(['CONFLICT']);
    const refund = 'mutation($id: ID!) { refundPayment(id: $id) { status } }';
    expect(
      codes((await stack.request(refund, { id: approval.id }, patient.accessToken)).body),
    ).toEqual(['FORBIDDEN']);
    const drop = 'mutation($id: ID!) { deletePaymentApproval(id: $id) }';
    expect(
      codes((await stack.request(drop, { id: approval.id }, staff.pharmacist.accessToken)).body),
    ).toEqual(['FORBIDDEN']);
    // Approved for an order that is still live: it backs the order, so it stays.
    expect(
      codes((await stack.request(drop, { id: approval.id }, staff.admin.accessToken)).body),
    ).toEqual(['CONFLICT']);
    await expectConsistent(stack, { customerIds: [patient.user.id, stranger.user.id], shop });
  });
});

describe('cancelling and refunding', () => {
  it('gives back stock and prescription quantity and refunds the payment', async () => {
    const shop = await openShop(stack, staff);
    const { patient, prescriptionId } = await patientWithPrescription(shop);
    const order = await placed(patient, shop, prescriptionId, 2, 1);
    const approval = await paid(patient, order);
    await setStatus(stack, staff.pharmacist, order.id, 'PREPARING');
    const { body } = await cancel(stack, patient, order.id, 'changed my mind');
    expect(body.data?.cancelOrder).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'changed my mind',
    });
    // Given back and refunded before cancelOrder answered.
    expect(await remaining(stack, patient, prescriptionId)).toBe(2);
    expect(await available(stack, staff, shop, shop.rx)).toBe(20);
    expect(await available(stack, staff, shop, shop.otc)).toBe(20);
    const after = await orderOf(stack, patient, order.id);
    expect(after?.payment).toEqual({ id: approval.id, status: 'REFUNDED' });
    const replay = await cancel(stack, patient, order.id, 'again');
    expect(replay.body.data?.cancelOrder).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'changed my mind',
    });
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });

    const del = 'mutation($id: ID!) { deleteOrder(id: $id) }';
    expect((await stack.request(del, { id: order.id }, staff.admin.accessToken)).body.data).toEqual(
      { deleteOrder: true },
    );
    expect(await orderOf(stack, staff.admin, order.id)).toBeNull();
    const drop = 'mutation($id: ID!) { deletePaymentApproval(id: $id) }';
    expect(
      (await stack.request(drop, { id: approval.id }, staff.admin.accessToken)).body.data,
    ).toEqual({
      deletePaymentApproval: true,
    });
  });

  it('cancels an order not yet dispatched when staff refund its payment, once', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placed(patient, shop, null, 0, 2);
    const approval = await paid(patient, order);
    const refund = 'mutation($id: ID!) { refundPayment(id: $id) { id status } }';
    const first = await stack.request(refund, { id: approval.id }, staff.pharmacist.accessToken);
    const second = await stack.request(refund, { id: approval.id }, staff.admin.accessToken);
    expect(first.body.data).toEqual({ refundPayment: { id: approval.id, status: 'REFUNDED' } });
    expect(second.body.data).toEqual(first.body.data);
    const cancelled = await eventually(
      () => orderOf(stack, patient, order.id),
      (o) => o?.status === 'CANCELLED',
    );
    expect(cancelled?.cancelReason).toBe('payment refunded');
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
    expect(await available(stack, staff, shop, shop.otc)).toBe(20);
  });
});

describe('unpaid orders', () => {
  const ordersDeps = () => stack.subgraphs.orders.runtime.deps;

  it('expire after the payment timeout and give back what they held', async () => {
    const shop = await openShop(stack, staff);
    const { patient, prescriptionId } = await patientWithPrescription(shop);
    const settings = ordersDeps().settings;
    const normal = settings.paymentTimeoutMs;
    settings.paymentTimeoutMs = 300; // for the order placed next; the sweeper runs every second
    let order: OrderView;
    try {
      order = await placed(patient, shop, prescriptionId, 1, 1);
    } finally {
      settings.paymentTimeoutMs = normal;
    }
    expect(await remaining(stack, patient, prescriptionId)).toBe(1);
    const expired = await eventually(
      () => orderOf(stack, patient, order.id),
      (o) => o?.status === 'CANCELLED',
    );
    expect(expired).toMatchObject({ cancelReason: 'payment timeout', paymentDueAt: null });
    expect(expired?.statusHistory.map((s) => s.status)).toEqual(['PENDING_PAYMENT', 'CANCELLED']);
    expect(codes((await pay(stack, patient, order.id)).body)).toEqual([
      'INVALID_STATUS_TRANSITION',
    ]);
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });
    expect(await remaining(stack, patient, prescriptionId)).toBe(2);
    expect(await available(stack, staff, shop, shop.rx)).toBe(20);
  });
});
