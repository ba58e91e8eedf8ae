import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { batchById, groupBy, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  approvalsByIds,
  approvalsOfOrders,
  approvalsOfPayers,
  type PaymentApprovalRow,
  type PaymentsDatabase,
} from './db/queries';
import type { PaymentsDeps } from './deps';

export interface PaymentsLoaders {
  approvalById: DataLoader<string, PaymentApprovalRow | null>;
  /** Every attempt to pay each order, newest first. */
  approvalsByOrderId: DataLoader<string, PaymentApprovalRow[]>;
  approvalsByPayerId: DataLoader<string, PaymentApprovalRow[]>;
}

export interface PaymentsContext {
  caller: Caller;
  db: PaymentsDatabase;
  log: Logger;
  /** The orders client, the payment provider and the outbox relay, made once at start. */
  deps: PaymentsDeps;
  loaders: PaymentsLoaders;
  /** Client secrets given or asked for in this request, by approval id: they are never stored. */
  clientSecrets: Map<string, Promise<string | null>>;
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(db: PaymentsDatabase): PaymentsLoaders {
  return {
    approvalById: new DataLoader(async (keys) =>
      matchById(keys, await batchById(keys, (ids) => approvalsByIds(db, ids))),
    ),
    approvalsByOrderId: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await batchById(keys, (ids) => approvalsOfOrders(db, ids)),
        (row) => row.orderId,
      ),
    ),
    approvalsByPayerId: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await batchById(keys, (ids) => approvalsOfPayers(db, ids)),
        (row) => row.payerId,
      ),
    ),
  };
}

export function createPaymentsContext(
  runtime: { db: PaymentsDatabase; log: Logger; deps: PaymentsDeps },
  caller: Caller,
): PaymentsContext {
  const { db, log, deps } = runtime;
  return { caller, db, log, deps, loaders: createLoaders(db), clientSecrets: new Map() };
}
