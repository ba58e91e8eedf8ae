import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, login, registerPatient, TEST_PASSWORD, type Session } from './helpers';
import { adminSession, openBranch, type Branch } from './staff';
import { OTC, paidOrder, setStockAt } from './staff-scoping-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let admin: Session;
let a: Branch;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  admin = await adminSession(stack);
  a = await openBranch(stack, admin);
  await setStockAt(stack, a.pharmacist, a.pharmacyId, OTC, 50);
});
afterAll(() => stack?.stop());

const NEW_PASSWORD = 'another long passphrase';
const ME = '{ me { id } }';
const REFRESH =
  'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const DELETE = 'mutation($p: String!) { deleteAccount(password: $p) }';

const tryLogin = (email: string, password: string) =>
  stack.request(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: password },
  );
const refresh = (session: Session) => stack.request(REFRESH, { t: session.refreshToken });

/** An access token the gateway no longer lets in: 401 and UNAUTHENTICATED. */
async function expectTokenRefused(session: Session) {
  const { status, body } = await stack.request(ME, {}, session.accessToken);
  expect(status).toBe(401);
  expect(codes(body)).toEqual(['UNAUTHENTICATED']);
}

async function expectSessionWorks(session: Session) {
  const { status, body } = await stack.request<{ me: { id: string } }>(ME, {}, session.accessToken);
  expect(status).toBe(200);
  expect(body.data?.me.id).toBe(session.user.id);
}

describe('deleteAccount', () => {
  it('ends every session and sign-in, while the orders stay countable', async () => {
    const patient = await registerPatient(stack, 'Leaving Patient');
    await gql(
      stack,
      patient,
      'mutation { updateProfile(input: { phone: "+49 30 555", address: "Weg 1" }) { id } }',
    );
    const other = await login(stack, patient.user.email, TEST_PASSWORD);
    const { orderId, paymentId } = await paidOrder(stack, patient, {
      pharmacyId: a.pharmacyId,
      lines: [{ medicationId: OTC, quantity: 1 }],
    });

    expect(await gql(stack, patient, DELETE, { p: TEST_PASSWORD })).toEqual({
      deleteAccount: true,
    });

    expect(codes((await tryLogin(patient.user.email, TEST_PASSWORD)).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    for (const session of [patient, other]) {
      expect(codes((await refresh(session)).body)).toEqual(['UNAUTHENTICATED']);
      await expectTokenRefused(session);
    }

    const seen = await gql<{
      order: { id: string; status: string; customer: { id: string; name: string } };
      orders: { nodes: { id: string }[] };
      paymentApproval: { status: string; payer: { name: string } };
      user: { name: string; email: string; phone: string | null; address: string | null };
    }>(
      stack,
      admin,
      `query($o: ID!, $p: ID!, $pay: ID!, $u: ID!) {
        order(id: $o) { id status customer { id name } }
        orders(pharmacyId: $p, first: 100) { nodes { id } }
        paymentApproval(id: $pay) { status payer { name } }
        user(id: $u) { name email phone address }
      }`,
      { o: orderId, p: a.pharmacyId, pay: paymentId, u: patient.user.id },
    );
    expect(seen.order).toEqual({
      id: orderId,
      status: 'PAID',
      customer: { id: patient.user.id, name: 'Deleted user' },
    });
    expect(seen.orders.nodes.map((o) => o.id)).toContain(orderId);
    expect(seen.paymentApproval).toEqual({ status: 'APPROVED', payer: { name: 'Deleted user' } });
    expect(seen.user).toMatchObject({ name: 'Deleted user', phone: null, address: null });
    expect(seen.user.email).not.toBe(patient.user.email);
    // The pharmacy's own pharmacist still counts it among A's orders.
    const { order } = await gql<{ order: { customer: { name: string } } }>(
      stack,
      a.pharmacist,
      'query($id: ID!) { order(id: $id) { customer { name } } }',
      { id: orderId },
    );
    expect(order.customer.name).toBe('Deleted user');
  });
});

describe('changePassword', () => {
  it('signs out the other sessions and keeps the current one', async () => {
    const current = await registerPatient(stack);
    const other = await login(stack, current.user.email, TEST_PASSWORD);
    expect(await gql(stack, current, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD })).toEqual({
      changePassword: true,
    });

    expect(codes((await refresh(other)).body)).toEqual(['UNAUTHENTICATED']);
    await expectTokenRefused(other);
    await expectSessionWorks(current);
    const renewed = await refresh(current);
    expect(renewed.body.errors).toBeUndefined();

    expect(codes((await tryLogin(current.user.email, TEST_PASSWORD)).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect((await tryLogin(current.user.email, NEW_PASSWORD)).body.errors).toBeUndefined();
  });
});

describe('bad input to an account', () => {
  it('refuses a wrong current password, the same password, or a weak one, and changes nothing', async () => {
    const current = await registerPatient(stack);
    const other = await login(stack, current.user.email, TEST_PASSWORD);
    for (const [c, n] of [
      ['not the current password', NEW_PASSWORD],
      [TEST_PASSWORD, TEST_PASSWORD],
      [TEST_PASSWORD, 'short'],
    ] as const) {
      const { body } = await stack.request(CHANGE, { c, n }, current.accessToken);
      expect(codes(body), `${c} -> ${n}`).toEqual(['BAD_USER_INPUT']);
    }
    await expectSessionWorks(other);
    expect((await refresh(other)).body.errors).toBeUndefined();
    expect((await tryLogin(current.user.email, TEST_PASSWORD)).body.errors).toBeUndefined();
    expect(codes((await tryLogin(current.user.email, NEW_PASSWORD)).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('refuses to delete an account without its password, and changes nothing', async () => {
    const patient = await registerPatient(stack, 'Staying Patient');
    const { body } = await stack.request(DELETE, { p: 'not the password' }, patient.accessToken);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    await expectSessionWorks(patient);
    expect(await gql(stack, patient, '{ me { name } }')).toEqual({
      me: { name: 'Staying Patient' },
    });
    expect((await tryLogin(patient.user.email, TEST_PASSWORD)).body.errors).toBeUndefined();
  });

  it('refuses anonymous callers', async () => {
    for (const [query, variables] of [
      [CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD }],
      [DELETE, { p: TEST_PASSWORD }],
    ] as const) {
      const { body } = await stack.request(query, variables);
      expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    }
  });
});
