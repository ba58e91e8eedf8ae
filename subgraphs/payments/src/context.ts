import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { batchById, groupBy, matchById, type Database } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  approvalsByIds,
  approvalsOfOrders,
  approvalsOfPayers,
  type PaymentApprovalRow,
} from './db/queries';
import type * as schema from './db/schema';
import type { PaymentsDeps } from './deps';

export type PaymentsDatabase = Database<typeof schema>;

export interface PaymentsContext {
  caller: Caller;
  db: PaymentsDatabase;
  log: Logger;
  /** The orders client, the payment provider and the outbox relay, made once at start. */
  deps: PaymentsDeps;
  loaders: {
    approvalById: DataLoader<string, PaymentApprovalRow | null>;
    /** Every attempt to pay each order, newest first. */
    approvalsByOrderId: DataLoader<string, PaymentApprovalRow[]>;
    approvalsByPayerId: DataLoader<string, PaymentApprovalRow[]>;
  };
}

export function createPaymentsContext(
  base: { db: PaymentsDatabase; log: Logger; deps: PaymentsDeps },
  caller: Caller,
): PaymentsContext {
  const { db } = base;
  const approvalById = new DataLoader<string, PaymentApprovalRow | null>(async (keys) =>
    matchById(keys, await batchById(keys, (ids) => approvalsByIds(db, ids))),
  );
  const approvalsByOrderId = new DataLoader<string, PaymentApprovalRow[]>(async (keys) =>
    groupBy(keys, await batchById(keys, (ids) => approvalsOfOrders(db, ids)), (row) => row.orderId),
  );
  const approvalsByPayerId = new DataLoader<string, PaymentApprovalRow[]>(async (keys) =>
    groupBy(keys, await batchById(keys, (ids) => approvalsOfPayers(db, ids)), (row) => row.payerId),
  );
  return { ...base, caller, loaders: { approvalById, approvalsByOrderId, approvalsByPayerId } };
}
