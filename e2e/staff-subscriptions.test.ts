import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancel, eventually, setStatus } from './ordering-support';
import { ORDER_STATUS_CHANGED } from './operations';
import { createScopingWorld, OTC, paidOrder, type ScopingWorld } from './staff-scoping-support';
import { startStack, type Stack } from './stack';
import { subscribe } from './subscription-client';

let stack: Stack;
let world: ScopingWorld;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  world = await createScopingWorld(stack);
});
afterAll(() => stack?.stop());

/** Waits until the orders subgraph holds exactly `count` subscriptions. */
const upstreamHolds = (count: number) =>
  eventually(
    async () => stack.subgraphs.orders.runtime.deps.orderEvents.subscriberCount,
    (held) => held === count,
  );

const idsOf = (events: unknown[]) =>
  (events as { data: { orderStatusChanged: { id: string; status: string } } }[]).map(
    (e) => `${e.data.orderStatusChanged.id} ${e.data.orderStatusChanged.status}`,
  );

describe('orderStatusChanged for a pharmacist of A', () => {
  it("refuses B's order by id and allows A's", async () => {
    await upstreamHolds(0);
    const theirs = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: world.a.pharmacist.accessToken,
      variables: { orderId: world.orders.b },
    });
    const [refused] = await theirs.waitFor(1);
    expect(refused?.data ?? null).toBeNull();
    expect(refused?.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    ]);
    theirs.dispose();

    const { orderId } = await paidOrder(stack, world.patient, {
      pharmacyId: world.a.pharmacyId,
      lines: [{ medicationId: OTC, quantity: 1 }],
    });
    const mine = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: world.a.pharmacist.accessToken,
      variables: { orderId },
    });
    await upstreamHolds(1);
    expect(
      (await setStatus(stack, world.a.pharmacist, orderId, 'PREPARING')).body.errors,
    ).toBeUndefined();
    expect(idsOf(await mine.waitFor(1))).toEqual([`${orderId} PREPARING`]);
    mine.dispose();
    await upstreamHolds(0);
  });

  it("delivers A's events and never B's to a subscription without orderId", async () => {
    const lines = [{ medicationId: OTC, quantity: 1 }];
    const atA = await paidOrder(stack, world.patient, { pharmacyId: world.a.pharmacyId, lines });
    const atB = await paidOrder(stack, world.patient, { pharmacyId: world.b.pharmacyId, lines });
    const watchA = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: world.a.pharmacist.accessToken,
    });
    const watchB = subscribe(stack.gateway.url, ORDER_STATUS_CHANGED, {
      token: world.b.pharmacist.accessToken,
    });
    await upstreamHolds(2);
    // B's change falls between two of A's: events reach a subscriber in order, so once both
    // of A's have arrived, B's was not sent.
    const steps = [
      () => setStatus(stack, world.a.pharmacist, atA.orderId, 'PREPARING'),
      () => setStatus(stack, world.b.pharmacist, atB.orderId, 'PREPARING'),
      () => cancel(stack, world.a.pharmacist, atA.orderId, 'changed mind'),
      () => cancel(stack, world.b.pharmacist, atB.orderId, 'changed mind'),
    ];
    for (const step of steps) expect((await step()).body.errors).toBeUndefined();
    expect(idsOf(await watchA.waitFor(2))).toEqual([
      `${atA.orderId} PREPARING`,
      `${atA.orderId} CANCELLED`,
    ]);
    expect(idsOf(await watchB.waitFor(2))).toEqual([
      `${atB.orderId} PREPARING`,
      `${atB.orderId} CANCELLED`,
    ]);
    [watchA, watchB].forEach((watcher) => watcher.dispose());
    await upstreamHolds(0);
  });
});
