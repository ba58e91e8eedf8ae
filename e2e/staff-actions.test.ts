import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, type Session } from './helpers';
import { cancel, setStatus } from './ordering-support';
import { REJECT, uploadPrescription, VERIFY } from './prescription-support';
import { createScopingWorld, OTC, paidOrder, RX, type ScopingWorld } from './staff-scoping-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let world: ScopingWorld;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  world = await createScopingWorld(stack);
});
afterAll(() => stack?.stop());

const ASSIGN_COURIER =
  'mutation($o: ID!, $c: ID!) { assignCourier(orderId: $o, courierId: $c) { id courier { id } } }';
const SET_STOCK =
  'mutation($p: ID!, $m: ID!, $q: Int!) { setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable history { delta by { id } } } }';
const REFUND = 'mutation($id: ID!) { refundPayment(id: $id) { id status } }';

/** What B's order, prescription and stock look like to an admin and to B's pharmacist. */
async function stateOfB() {
  return gql(
    stack,
    world.admin,
    `query($o: ID!, $rx: ID!, $p: ID!, $m: [ID!]) {
      order(id: $o) { status courier { id } statusHistory { status } payment { id status } }
      prescription(id: $rx) { status verifiedBy { id } }
      pharmacy(id: $p) { stock(medicationIds: $m) { quantityAvailable history { delta } } }
    }`,
    {
      o: world.orders.b,
      rx: world.prescriptions.bPending,
      p: world.b.pharmacyId,
      m: [OTC],
    },
  );
}

const request = (who: Session, query: string, variables: Record<string, unknown>) =>
  stack.request(query, variables, who.accessToken).then((r) => r.body);

describe("a pharmacist of A acting on B's things", () => {
  it('is refused on every change, and nothing changes', async () => {
    const before = await stateOfB();
    const pharmacist = world.a.pharmacist;
    const { b } = world;
    const attempts = {
      updateOrderStatus: (await setStatus(stack, pharmacist, world.orders.b, 'PREPARING')).body,
      cancelOrder: (await cancel(stack, pharmacist, world.orders.b, 'not mine')).body,
      assignCourier: await request(pharmacist, ASSIGN_COURIER, {
        o: world.orders.b,
        c: b.courier.user.id,
      }),
      refundPayment: await request(pharmacist, REFUND, { id: world.payments.b }),
      verifyPrescription: await request(pharmacist, VERIFY, { id: world.prescriptions.bPending }),
      rejectPrescription: await request(pharmacist, REJECT, {
        id: world.prescriptions.bPending,
        r: 'no',
      }),
      setStock: await request(pharmacist, SET_STOCK, { p: b.pharmacyId, m: OTC, q: 999 }),
    };
    for (const [name, body] of Object.entries(attempts))
      expect(codes(body), name).toEqual(['FORBIDDEN']);
    expect(await stateOfB()).toEqual(before);
  });
});

describe("a pharmacist of A acting on A's things", () => {
  it('prepares an order and hands it to a courier of A, who delivers it', async () => {
    const { a, b, patient } = world;
    const { orderId } = await paidOrder(stack, patient, {
      pharmacyId: a.pharmacyId,
      lines: [{ medicationId: OTC, quantity: 1 }],
    });
    const preparing = await setStatus(stack, a.pharmacist, orderId, 'PREPARING');
    expect(preparing.body.data?.updateOrderStatus.status, JSON.stringify(preparing.body)).toBe(
      'PREPARING',
    );
    // A courier who does not work for A cannot be handed A's order.
    const elsewhere = await request(a.pharmacist, ASSIGN_COURIER, {
      o: orderId,
      c: b.courier.user.id,
    });
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
    await gql(stack, a.pharmacist, ASSIGN_COURIER, { o: orderId, c: a.courier.user.id });
    // B's courier still may not touch it; A's courier now sees and moves it.
    expect(codes((await setStatus(stack, b.courier, orderId, 'OUT_FOR_DELIVERY')).body)).toEqual([
      'FORBIDDEN',
    ]);
    const { orders } = await gql<{ orders: { nodes: { id: string }[] } }>(
      stack,
      a.courier,
      '{ orders { nodes { id } } }',
    );
    expect(orders.nodes.map((o) => o.id)).toEqual([orderId]);
    for (const status of ['OUT_FOR_DELIVERY', 'DELIVERED']) {
      const moved = await setStatus(stack, a.courier, orderId, status);
      expect(moved.body.data?.updateOrderStatus.status, JSON.stringify(moved.body)).toBe(status);
    }
  });

  it('cancels an order and refunds a payment of A', async () => {
    const { a, patient } = world;
    const lines = [{ medicationId: OTC, quantity: 1 }];
    const toCancel = await paidOrder(stack, patient, { pharmacyId: a.pharmacyId, lines });
    const cancelled = await cancel(stack, a.pharmacist, toCancel.orderId, 'out of stock');
    expect(cancelled.body.data?.cancelOrder.status, JSON.stringify(cancelled.body)).toBe(
      'CANCELLED',
    );
    const toRefund = await paidOrder(stack, patient, { pharmacyId: a.pharmacyId, lines });
    const refunded = await gql<{ refundPayment: { status: string } }>(stack, a.pharmacist, REFUND, {
      id: toRefund.paymentId,
    });
    expect(refunded.refundPayment.status).toBe('REFUNDED');
  });

  it("reviews prescriptions sent to A or to none, and sets A's stock", async () => {
    const { a, b, patient } = world;
    await gql(stack, a.pharmacist, VERIFY, { id: world.prescriptions.a });
    const toReject = await uploadPrescription(stack, patient, [{ medicationId: RX, quantity: 1 }], {
      pharmacyId: a.pharmacyId,
    });
    await gql(stack, a.pharmacist, REJECT, { id: toReject, r: 'illegible' });
    // Sent to no pharmacy: any pharmacist, of A or of B, may review it.
    const unsent = await uploadPrescription(stack, patient, [{ medicationId: RX, quantity: 1 }]);
    await gql(stack, b.pharmacist, VERIFY, { id: unsent });

    const { setStock } = await gql<{
      setStock: {
        quantityAvailable: number;
        history: { delta: number; by: { id: string } | null }[];
      };
    }>(stack, a.pharmacist, SET_STOCK, { p: a.pharmacyId, m: RX, q: 50 });
    expect(setStock.history[0]).toEqual({
      delta: expect.any(Number),
      by: { id: a.pharmacist.user.id },
    });
  });
});
