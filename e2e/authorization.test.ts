import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrder, demoPayment, demoPrescription, userIdOf } from '@pharmacy/demo';
import { codes, login, registerPatient, userWithRole, type Session } from './helpers';
import { startStack, type Stack } from './stack';

let stack: Stack;
let intruder: Session;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  intruder = await registerPatient(stack, 'Intruder');
});
afterAll(() => stack?.stop());

/** Every way into the demo patient's data that the public schema offers. */
const PATHS: [string, string, Record<string, unknown>][] = [
  [
    'user by id',
    'query($id: ID!) { user(id: $id) { id name email } }',
    { id: userIdOf('patient') },
  ],
  [
    'prescription by id',
    'query($id: ID!) { prescription(id: $id) { id items { quantity } } }',
    { id: demoPrescription.id },
  ],
  [
    'order by id',
    'query($id: ID!) { order(id: $id) { id total { amount } } }',
    { id: demoOrder.id },
  ],
  [
    'payment approval by id',
    'query($id: ID!) { paymentApproval(id: $id) { id amount { amount } } }',
    { id: demoPayment.id },
  ],
  ['all payment approvals', '{ paymentApprovals { nodes { id } } }', {}],
];

describe("another patient's data", () => {
  it.each(PATHS)('is refused by %s', async (_name, query, variables) => {
    const { body } = await stack.request(query, variables, intruder.accessToken);
    expect(codes(body)).toEqual(['FORBIDDEN']);
    const data = JSON.stringify(body.data ?? null);
    for (const secret of [
      demoOrder.id,
      demoPrescription.id,
      demoPayment.id,
      'patient@demo.pharmacy',
    ]) {
      if (secret !== variables.id) expect(data).not.toContain(secret);
    }
  });

  it('is absent from the lists a patient may read', async () => {
    const { body } = await stack.request<{
      prescriptions: { id: string }[];
      orders: { nodes: { id: string }[] };
      me: {
        orders: { id: string }[];
        prescriptions: { id: string }[];
        paymentApprovals: { id: string }[];
      };
    }>(
      '{ prescriptions { id } orders { nodes { id } } me { orders { id } prescriptions { id } paymentApprovals { id } } }',
      {},
      intruder.accessToken,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      prescriptions: [],
      orders: { nodes: [] },
      me: { orders: [], prescriptions: [], paymentApprovals: [] },
    });
  });

  it('is refused to anonymous callers', async () => {
    for (const [, query, variables] of PATHS) {
      const { body } = await stack.request(query, variables);
      expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('staff', () => {
  it('pharmacists and admins read every path; couriers only what is assigned to them', async () => {
    const pharmacist = await login(stack, 'pharmacist@demo.pharmacy');
    const admin = await login(stack, 'admin@demo.pharmacy');
    for (const session of [pharmacist, admin]) {
      for (const [name, query, variables] of PATHS) {
        const { body } = await stack.request(query, variables, session.accessToken);
        expect(body.errors, `${session.user.role} ${name}`).toBeUndefined();
      }
    }
    const courier = await userWithRole(stack, 'COURIER');
    const order = await stack.request(
      'query($id: ID!) { order(id: $id) { id } }',
      { id: demoOrder.id },
      courier.accessToken,
    );
    expect(codes(order.body)).toEqual(['FORBIDDEN']);
    const prescriptions = await stack.request('{ prescriptions { id } }', {}, courier.accessToken);
    expect(codes(prescriptions.body)).toEqual(['FORBIDDEN']);
  });
});
