import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql } from './helpers';
import {
  createScopingWorld,
  expectNoneOf,
  secretsOfB,
  type ScopingWorld,
} from './staff-scoping-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let world: ScopingWorld;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  world = await createScopingWorld(stack);
});
afterAll(() => stack?.stop());

type Side = 'a' | 'b';
/** Each root path to one thing of a pharmacy, with the variables that name A's or B's. */
const PATHS: [string, string, (w: ScopingWorld, side: Side) => Record<string, unknown>][] = [
  [
    'order(id)',
    'query($id: ID!) { order(id: $id) { id status } }',
    (w, s) => ({ id: w.orders[s] }),
  ],
  [
    'orders(pharmacyId)',
    'query($p: ID) { orders(pharmacyId: $p) { nodes { id } } }',
    (w, s) => ({ p: w[s].pharmacyId }),
  ],
  [
    'Order.payment',
    'query($id: ID!) { order(id: $id) { id payment { id status } } }',
    (w, s) => ({ id: w.orders[s] }),
  ],
  [
    'Order.prescription',
    'query($id: ID!) { order(id: $id) { id prescription { id items { quantity } } } }',
    (w, s) => ({ id: w.orders[s] }),
  ],
  [
    'prescription(id)',
    'query($id: ID!) { prescription(id: $id) { id items { quantity } } }',
    (w, s) => ({ id: w.prescriptions[s] }),
  ],
  [
    'paymentApproval(id)',
    'query($id: ID!) { paymentApproval(id: $id) { id amount { amount } } }',
    (w, s) => ({ id: w.payments[s] }),
  ],
  [
    'StockItem.history',
    'query($p: ID!, $m: [ID!]) { pharmacy(id: $p) { stock(medicationIds: $m) { history { delta } } } }',
    (w, s) => ({ p: w[s].pharmacyId, m: [w.rx] }),
  ],
  [
    'Pharmacy.staff',
    'query($p: ID!) { pharmacy(id: $p) { staff { id } } }',
    (w, s) => ({ p: w[s].pharmacyId }),
  ],
];

describe("a pharmacist of A on pharmacy B's things", () => {
  it.each(PATHS)('is refused by %s', async (name, query, variables) => {
    const { body } = await stack.request(
      query,
      variables(world, 'b'),
      world.a.pharmacist.accessToken,
    );
    expect(codes(body), name).toEqual(['FORBIDDEN']);
    expectNoneOf(body.data, secretsOfB(world), name);
  });

  it.each(PATHS)("is allowed A's by %s", async (name, query, variables) => {
    const { body } = await stack.request(
      query,
      variables(world, 'a'),
      world.a.pharmacist.accessToken,
    );
    expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  });

  it("lists A's orders, prescriptions and payments but not B's", async () => {
    const data = await gql<{
      orders: { nodes: { id: string }[] };
      prescriptions: { id: string }[];
      paymentApprovals: { nodes: { id: string }[] };
    }>(
      stack,
      world.a.pharmacist,
      '{ orders(first: 100) { nodes { id } } prescriptions { id } paymentApprovals(first: 100) { nodes { id } } }',
    );
    expect(data.orders.nodes.map((o) => o.id)).toEqual([world.orders.a]);
    const prescriptionIds = data.prescriptions.map((p) => p.id);
    expect(prescriptionIds).toEqual(
      expect.arrayContaining([world.prescriptions.a, world.prescriptions.none]),
    );
    expect(data.paymentApprovals.nodes.map((p) => p.id)).toEqual([world.payments.a]);
    expectNoneOf(data, secretsOfB(world), 'lists');
  });

  it("shows only A's part of the patient, however deep the query goes", async () => {
    const { user } = await gql<{ user: NestedUser }>(stack, world.a.pharmacist, NESTED, {
      id: world.patient.user.id,
    });
    expect(user.orders).toEqual([
      {
        id: world.orders.a,
        pharmacy: { id: world.a.pharmacyId },
        prescription: { id: world.prescriptions.none, orders: [{ id: world.orders.a }] },
        payment: { id: world.payments.a, order: { id: world.orders.a } },
      },
    ]);
    expect(user.prescriptions.map((p) => p.id).sort()).toEqual(
      [world.prescriptions.a, world.prescriptions.none].sort(),
    );
    const none = user.prescriptions.find((p) => p.id === world.prescriptions.none);
    expect(none?.orders).toEqual([{ id: world.orders.a }]);
    expect(user.paymentApprovals).toEqual([
      { id: world.payments.a, order: { id: world.orders.a } },
    ]);
    expectNoneOf(user, secretsOfB(world), 'nested');
  });

  it('shows a courier only the orders assigned to them', async () => {
    for (const courier of [world.a.courier, world.b.courier]) {
      const { orders } = await gql<{ orders: { nodes: unknown[] } }>(
        stack,
        courier,
        '{ orders { nodes { id } } }',
      );
      expect(orders.nodes).toEqual([]);
      const peek = await stack.request(
        'query($id: ID!) { order(id: $id) { id } }',
        { id: world.orders.b },
        courier.accessToken,
      );
      expect(codes(peek.body)).toEqual(['FORBIDDEN']);
    }
  });
});

interface NestedUser {
  orders: unknown[];
  prescriptions: { id: string; orders: { id: string }[] }[];
  paymentApprovals: unknown[];
}

/** The headline query's shape, asked about the patient by a pharmacist. */
const NESTED = /* GraphQL */ `
  query ($id: ID!) {
    user(id: $id) {
      orders {
        id
        pharmacy {
          id
        }
        prescription {
          id
          orders {
            id
          }
        }
        payment {
          id
          order {
            id
          }
        }
      }
      prescriptions {
        id
        orders {
          id
        }
      }
      paymentApprovals {
        id
        order {
          id
        }
      }
    }
  }
`;
