import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  anonymous,
  entities,
  expectError,
  insertApproval,
  pharmacistOf,
  service,
  user,
  usePayments,
} from './fixtures';

const payments = usePayments();

const APPROVALS = `query($first: Int, $after: String) {
  paymentApprovals(first: $first, after: $after) { nodes { id } endCursor hasNextPage } }`;

describe('Query.paymentApprovals', () => {
  it('is for staff and services only', async () => {
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      expectError(await payments().call(caller, APPROVALS), 'FORBIDDEN');
    }
    expectError(await payments().call(anonymous, APPROVALS), 'UNAUTHENTICATED');
    expect((await payments().call(service, APPROVALS)).errors).toBeUndefined();
  });

  it('pages newest first with a cursor', async () => {
    const [payerId, pharmacyId] = [uuidv7(), uuidv7()];
    const [oldest, middle, newest] = [
      await insertApproval(payments().runtime.db, { payerId, pharmacyId }),
      await insertApproval(payments().runtime.db, { payerId, pharmacyId }),
      await insertApproval(payments().runtime.db, { payerId, pharmacyId }),
    ];
    type Page = {
      paymentApprovals: { nodes: { id: string }[]; endCursor: string; hasNextPage: boolean };
    };
    // Other tests may write approvals into the same database at the same time: walk the pages
    // and check that ours come newest first, each exactly once.
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50 && !seen.includes(oldest); page++) {
      const caller = page % 2 ? pharmacistOf(pharmacyId) : user('ADMIN');
      const result = await payments().call<Page>(caller, APPROVALS, { first: 2, after });
      const connection = result.data!.paymentApprovals;
      expect(connection.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...connection.nodes.map((n) => n.id));
      if (!seen.includes(oldest)) expect(connection.hasNextPage).toBe(true);
      after = connection.endCursor;
    }
    expect(seen.filter((id) => [oldest, middle, newest].includes(id))).toEqual([
      newest,
      middle,
      oldest,
    ]);
    expect(new Set(seen).size).toBe(seen.length);
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not a cursor' }]) {
      expectError(await payments().call(user('ADMIN'), APPROVALS, variables), 'BAD_USER_INPUT');
    }
  });
});

describe('User.paymentApprovals', () => {
  it("lists the payer's own approvals newest first, for them and staff only", async () => {
    const [payer, pharmacyId] = [user('PATIENT'), uuidv7()];
    const older = await insertApproval(payments().runtime.db, {
      payerId: payer.userId,
      pharmacyId,
    });
    const newer = await insertApproval(payments().runtime.db, {
      payerId: payer.userId,
      pharmacyId,
      status: 'DECLINED',
    });
    const ref = [{ __typename: 'User', id: payer.userId }];
    for (const caller of [payer, pharmacistOf(pharmacyId), user('ADMIN'), service]) {
      expect((await entities(payments(), caller, ref)).data?._entities).toEqual([
        { paymentApprovals: [{ id: newer }, { id: older }] },
      ]);
    }
    // The field is nullable, so a refusal loses only it, not the user other subgraphs resolve.
    for (const caller of [user('PATIENT'), user('COURIER')]) {
      const result = await entities(payments(), caller, ref);
      expectError(result, 'FORBIDDEN');
      expect(result.data?._entities).toEqual([{ paymentApprovals: null }]);
    }
    expectError(await entities(payments(), anonymous, ref), 'UNAUTHENTICATED');
  });
});
