import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import { TEST_INTERNAL_SECRET } from '@pharmacy/testing';
import { tables as inventoryDb } from '@pharmacy/inventory/testing';
import { tables as ordersDb } from '@pharmacy/orders/testing';
import { tables as paymentsDb, type SandboxPaymentProvider } from '@pharmacy/payments/testing';
import { codes, type Session } from './helpers';
import { expectConsistent } from './ordering-consistency';
import { durableOrders } from './ordering-durable-orders';
import {
  available,
  demoStaff,
  eventually,
  newPatient,
  openShop,
  orderOf,
  pay,
  place,
  prescriptionFor,
  remaining,
  type Shop,
  type Staff,
} from './ordering-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let staff: Staff;
let orders: Awaited<ReturnType<typeof durableOrders>>;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  orders = await durableOrders(stack);
  staff = await demoStaff(stack);
});
afterAll(async () => {
  await stack?.stop();
  await orders?.cleanUp();
});

const db = () => ({
  orders: stack.subgraphs.orders.runtime.db,
  payments: stack.subgraphs.payments.runtime.db,
  inventory: stack.subgraphs.inventory.runtime.db,
});
const provider = () => stack.subgraphs.payments.runtime.deps.provider as SandboxPaymentProvider;

async function placeOtc(patient: Session, shop: Shop, quantity = 1) {
  const { body } = await place(stack, patient, {
    pharmacyId: shop.pharmacyId,
    lines: [{ medicationId: shop.otc, quantity }],
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.placeOrder;
}

const approvalsOf = (orderId: string) =>
  db()
    .payments.select()
    .from(paymentsDb.paymentApprovals)
    .where(eq(paymentsDb.paymentApprovals.orderId, orderId));

/** Holds every charge at the provider until `open()`; `reached` resolves when one arrives. */
function gateCharges() {
  const sandbox = provider();
  let reached!: () => void;
  let open!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  const charge = sandbox.charge.bind(sandbox);
  sandbox.charge = async (request) => {
    reached();
    await opened;
    return charge(request);
  };
  return {
    arrived,
    open,
    restore() {
      open();
      delete (sandbox as Partial<SandboxPaymentProvider>).charge;
    },
  };
}

describe('contention', () => {
  it('sells the last units to exactly as many of fifty clients, and stock ends at zero', async () => {
    const units = 7;
    const shop = await openShop(stack, staff, { rx: 20, otc: units });
    const patients = await Promise.all(Array.from({ length: 50 }, () => newPatient(stack)));
    const results = await Promise.all(
      patients.map((patient) =>
        place(stack, patient, {
          pharmacyId: shop.pharmacyId,
          lines: [{ medicationId: shop.otc, quantity: 1 }],
        }),
      ),
    );
    const sold = results.filter((r) => r.body.data?.placeOrder);
    expect(sold).toHaveLength(units);
    expect(results.filter((r) => !r.body.data).map((r) => codes(r.body))).toEqual(
      Array.from({ length: 50 - units }, () => ['INSUFFICIENT_STOCK']),
    );
    expect(await available(stack, staff, shop, shop.otc)).toBe(0);

    // Every buyer pays at once: the reservations become sales and nothing is left on the shelf.
    const buyers = patients.filter((_, i) => results[i]!.body.data?.placeOrder);
    const payments = await Promise.all(
      sold.map((r, i) => pay(stack, buyers[i]!, r.body.data!.placeOrder.id)),
    );
    expect(payments.map((p) => p.body.data?.payOrder.status)).toEqual(
      Array(units).fill('APPROVED'),
    );
    await expectConsistent(stack, { customerIds: patients.map((p) => p.user.id), shop });
    const [row] = await db()
      .inventory.select()
      .from(inventoryDb.stock)
      .where(
        and(
          eq(inventoryDb.stock.pharmacyId, shop.pharmacyId),
          eq(inventoryDb.stock.medicationId, shop.otc),
        ),
      );
    expect(row).toMatchObject({ onHand: 0, reserved: 0 });
  });

  it('places one order when the same request is sent ten times at once', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const prescriptionId = await prescriptionFor(stack, staff, patient, [
      { medicationId: shop.rx, quantity: 3 },
    ]);
    const input = {
      pharmacyId: shop.pharmacyId,
      prescriptionId,
      lines: [
        { medicationId: shop.rx, quantity: 2 },
        { medicationId: shop.otc, quantity: 1 },
      ],
    };
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => place(stack, patient, input, key)),
    );
    const ids = results.map((r) => r.body.data?.placeOrder.id);
    expect(new Set(ids).size, JSON.stringify(results.map((r) => r.body.errors))).toBe(1);
    expect(ids[0]).toBeDefined();
    expect(await remaining(stack, patient, prescriptionId)).toBe(1);
    expect(await available(stack, staff, shop, shop.otc)).toBe(19);
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });
  });

  it('charges once when the same payment is sent ten times at once', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placeOtc(patient, shop, 2);
    const before = provider().charges.size;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => pay(stack, patient, order.id, 'pm_card_visa', key)),
    );
    const approvals = results.map((r) => r.body.data?.payOrder);
    expect(approvals.map((a) => a?.status)).toEqual(Array(10).fill('APPROVED'));
    expect(new Set(approvals.map((a) => a?.id)).size).toBe(1);
    expect(provider().charges.size - before).toBe(1);
    expect(await approvalsOf(order.id)).toHaveLength(1);
    expect((await orderOf(stack, patient, order.id))?.status).toBe('PAID');
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
  });

  it('approves exactly one of ten payments with different keys sent at once', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placeOtc(patient, shop);
    const before = provider().charges.size;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => pay(stack, patient, order.id)),
    );
    const approved = results.filter((r) => r.body.data?.payOrder.status === 'APPROVED');
    expect(approved).toHaveLength(1);
    for (const r of results.filter((r) => !r.body.data))
      expect(['CONFLICT', 'INVALID_STATUS_TRANSITION']).toContain(codes(r.body)[0]);
    expect(provider().charges.size - before).toBe(1);
    expect(await approvalsOf(order.id)).toHaveLength(1);
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
  });
});

describe('failures along the way', () => {
  it('makes an order PAID once orders is back, when it was down as the payment was approved', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const order = await placeOtc(patient, shop);
    const gate = gateCharges();
    try {
      const paying = pay(stack, patient, order.id);
      await gate.arrived; // payments has checked the order and is charging it
      await orders.stop();
      gate.open();
      const { body } = await paying;
      expect(body.data?.payOrder.status, JSON.stringify(body.errors)).toBe('APPROVED');
    } finally {
      gate.restore();
    }
    const [event] = await db()
      .payments.select()
      .from(paymentsDb.outbox)
      .where(sql`${paymentsDb.outbox.payload}->>'orderId' = ${order.id}`);
    // On a PostgreSQL run other test files share these databases, and their relays may deliver it.
    if (!process.env.TEST_DATABASE_URL) expect(event).toMatchObject({ publishedAt: null });

    await orders.start();
    const paid = await eventually(
      () => orderOf(stack, patient, order.id),
      (o) => o?.status === 'PAID',
    );
    expect(paid?.statusHistory.map((s) => s.status)).toEqual(['PENDING_PAYMENT', 'PAID']);
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });

    // Delivered again (at least once means it can be): applied once, by event id.
    const asPayments = createServiceClient({
      caller: 'payments',
      url: stack.subgraphs.orders.url,
      key: internalCredentialKey(TEST_INTERNAL_SECRET),
    });
    const again = await asPayments.request(
      'mutation($e: PaymentEventInput!) { applyPaymentEvent(event: $e) }',
      {
        e: {
          eventId: event!.id,
          kind: 'APPROVED',
          orderId: order.id,
          paymentId: paid!.payment!.id,
        },
      },
    );
    expect(again).toEqual({ applyPaymentEvent: true });
    const after = await orderOf(stack, patient, order.id);
    expect(after?.statusHistory).toHaveLength(2);
  });

  it('undoes a placement interrupted between its steps', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const prescriptionId = await prescriptionFor(stack, staff, patient, [
      { medicationId: shop.rx, quantity: 2 },
    ]);
    const orderId = uuidv7();
    const service = { kind: 'service', service: 'orders' } as const;
    const lines = [{ medicationId: shop.rx, quantity: 2 }];
    const taken = await stack.subgraphs.prescriptions.call(
      service,
      'mutation($o: ID!, $p: ID!, $u: ID!, $l: [PrescriptionLineInput!]!) { takePrescriptionQuantity(orderId: $o, prescriptionId: $p, patientId: $u, lines: $l) { status } }',
      { o: orderId, p: prescriptionId, u: patient.user.id, l: lines },
    );
    const reserved = await stack.subgraphs.inventory.call(
      service,
      'mutation($o: ID!, $p: ID!, $l: [StockLineInput!]!) { reserveStock(orderId: $o, pharmacyId: $p, lines: $l) { status } }',
      { o: orderId, p: shop.pharmacyId, l: lines },
    );
    expect([taken.errors, reserved.errors]).toEqual([undefined, undefined]);
    expect(await remaining(stack, patient, prescriptionId)).toBe(0);
    // What a placement that crashed after taking and reserving leaves behind, long ago. The
    // order row comes last, so the sweeper cannot undo the steps before they are checked.
    await db()
      .orders.insert(ordersDb.orders)
      .values({
        id: orderId,
        customerId: patient.user.id,
        pharmacyId: shop.pharmacyId,
        prescriptionId,
        status: 'PENDING_PAYMENT',
        placement: 'PLACING',
        deliveryAddress: 'Torstraße 1, Berlin',
        currency: 'EUR',
        totalAmount: 2500,
        createdAt: new Date(Date.now() - 10 * 60_000),
      });
    await db().orders.insert(ordersDb.orderLines).values({
      orderId,
      lineNo: 1,
      medicationId: shop.rx,
      quantity: 2,
      unitPrice: 1250,
      lineTotal: 2500,
    });
    expect(await orderOf(stack, patient, orderId)).toBeNull();

    // The sweeper (every second) finds it and gives everything back through the outbox.
    await eventually(
      async () =>
        (await db().orders.select().from(ordersDb.orders).where(eq(ordersDb.orders.id, orderId)))[0]
          ?.placement,
      (placement) => placement === 'FAILED',
    );
    await expectConsistent(stack, {
      customerIds: [patient.user.id],
      shop,
      prescriptionIds: [prescriptionId],
    });
    expect(await remaining(stack, patient, prescriptionId)).toBe(2);
    expect(await available(stack, staff, shop, shop.rx)).toBe(20);
  });

  it('refunds a payment that went through after its order expired', async () => {
    const shop = await openShop(stack, staff);
    const patient = await newPatient(stack);
    const { settings } = stack.subgraphs.orders.runtime.deps;
    const normal = settings.paymentTimeoutMs;
    settings.paymentTimeoutMs = 200;
    const order = await placeOtc(patient, shop).finally(() => (settings.paymentTimeoutMs = normal));
    const gate = gateCharges();
    try {
      const paying = pay(stack, patient, order.id);
      await gate.arrived;
      await eventually(
        () => orderOf(stack, patient, order.id),
        (o) => o?.status === 'CANCELLED',
      );
      gate.open();
      expect((await paying).body.data?.payOrder.status).toBe('APPROVED');
    } finally {
      gate.restore();
    }
    const refunded = await eventually(
      () => orderOf(stack, patient, order.id),
      (o) => o?.payment?.status === 'REFUNDED',
    );
    expect(refunded).toMatchObject({ status: 'CANCELLED', cancelReason: 'payment timeout' });
    await expectConsistent(stack, { customerIds: [patient.user.id], shop });
    const pending = await db()
      .orders.select()
      .from(ordersDb.outbox)
      .where(isNull(ordersDb.outbox.publishedAt));
    expect(pending.filter((e) => e.lastError)).toEqual([]);
  });
});
