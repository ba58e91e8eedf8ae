import { v7 as uuidv7 } from 'uuid';
import type { Caller } from '@pharmacy/auth';
import { serviceCaller, userCaller, useTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type { PaymentsDatabase } from '../db/queries';
import * as schema from '../db/schema';
import type { PaymentsDeps } from '../deps';
import type { PaymentStatus } from '../generated/enums';
import { paymentsSubgraph } from '../server';

export type TestPayments = TestSubgraph<typeof schema, PaymentsDeps>;

/**
 * A payments subgraph of this test file's own, on its own test database: started before its
 * tests and stopped after them; `onQuery` sees each SQL statement.
 */
export function usePayments(options: { onQuery?: (sql: string) => void } = {}): () => TestPayments {
  return useTestSubgraph(paymentsSubgraph, options);
}

export { anonymous, expectError, userCaller as user } from '@pharmacy/testing';
export const service = serviceCaller('orders');
/** A pharmacist (fresh id) who works for the given pharmacies. */
export const pharmacistOf = (...pharmacyIds: string[]) =>
  userCaller('PHARMACIST', uuidv7(), pharmacyIds);

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on PaymentApproval { id } ... on User { paymentApprovals { id } } ... on Order { payment { id status } } } }`;

type Entity = {
  id?: string;
  paymentApprovals?: { id: string }[] | null;
  payment?: { id: string; status: string } | null;
};

/** Resolves entity references as the gateway would. */
export const entities = (payments: TestPayments, caller: Caller, r: object[]) =>
  payments.call<{ _entities: (Entity | null)[] }>(caller, ENTITIES, { r });
export const orderRef = (id: string) => ({ __typename: 'Order', id });

export interface ApprovalFixture {
  payerId: string;
  /** The order's pharmacy; none, as on approvals written before they recorded it. */
  pharmacyId?: string | null;
  orderId?: string;
  status?: PaymentStatus;
  amount?: number;
  provider?: 'sandbox' | 'stripe';
  idempotencyKey?: string;
}

let clock = Date.now() - 3_600_000;

/** Writes an approval as payOrder would, straight into the database; each one later than the last. */
export async function insertApproval(
  db: PaymentsDatabase,
  fixture: ApprovalFixture,
): Promise<string> {
  const id = uuidv7();
  const status = fixture.status ?? 'APPROVED';
  const settled = status !== 'PENDING' && status !== 'REQUIRES_ACTION';
  clock += 1000;
  await db.insert(schema.paymentApprovals).values({
    id,
    orderId: fixture.orderId ?? uuidv7(),
    payerId: fixture.payerId,
    pharmacyId: fixture.pharmacyId ?? null,
    amount: fixture.amount ?? 1295,
    currency: 'EUR',
    status,
    provider: fixture.provider ?? 'sandbox',
    method: settled ? 'visa •••• 4242' : null,
    failureReason: status === 'DECLINED' ? 'Your card was declined.' : null,
    idempotencyKey: fixture.idempotencyKey ?? uuidv7(),
    requestHash: 'test',
    createdAt: new Date(clock),
  });
  return id;
}

/** The SQLSTATE of a failed statement, however the driver wraps it. */
export async function sqlState(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    return cause?.code ?? code;
  }
}
