import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { batchById, groupBy, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  historyOfOrders,
  linesOfOrders,
  ordersByIds,
  ordersOfCustomers,
  ordersOfPrescriptions,
  type OrderLineRow,
  type OrderRow,
  type OrdersDatabase,
  type StatusChangeRow,
} from './db/queries';
import type { OrdersDeps } from './deps';
import type { OrderStatus } from './generated/enums';
import { visibleOrdersFilter } from './services/order-access';

export interface CustomerOrdersKey {
  customerId: string;
  status: OrderStatus | null;
}

export interface OrdersLoaders {
  orderById: DataLoader<string, OrderRow | null>;
  linesByOrderId: DataLoader<string, OrderLineRow[]>;
  historyByOrderId: DataLoader<string, StatusChangeRow[]>;
  /** Only the orders this request's caller may see, here and below. */
  visibleOrdersByCustomer: DataLoader<CustomerOrdersKey, OrderRow[], string>;
  visibleOrdersByPrescriptionId: DataLoader<string, OrderRow[]>;
}

export interface OrdersContext {
  caller: Caller;
  db: OrdersDatabase;
  log: Logger;
  /** Clients of the other services, the outbox relay and settings, made once at start. */
  deps: OrdersDeps;
  loaders: OrdersLoaders;
}

const customerKey = (key: CustomerOrdersKey) => `${key.status ?? '*'}:${key.customerId}`;

/** Made per request (and per subscription event), so nothing cached outlives what read it. */
export function createOrdersLoaders(db: OrdersDatabase, caller: Caller): OrdersLoaders {
  return {
    orderById: new DataLoader(async (keys) =>
      matchById(keys, await batchById(keys, (ids) => ordersByIds(db, ids))),
    ),
    linesByOrderId: new DataLoader(async (keys) =>
      groupBy(keys, await batchById(keys, (ids) => linesOfOrders(db, ids)), (line) => line.orderId),
    ),
    historyByOrderId: new DataLoader(async (keys) =>
      groupBy(
        keys,
        await batchById(keys, (ids) => historyOfOrders(db, ids)),
        (change) => change.orderId,
      ),
    ),
    visibleOrdersByCustomer: new DataLoader(
      async (keys) => {
        const visible = visibleOrdersFilter(caller);
        // One query per distinct status filter, usually just one.
        const statuses = [...new Set(keys.map((key) => key.status))];
        const found = await Promise.all(
          statuses.map(async (status) => {
            const customerIds = keys
              .filter((key) => key.status === status)
              .map((key) => key.customerId);
            const rows = await batchById(customerIds, (ids) =>
              ordersOfCustomers(db, ids, { status, visible }),
            );
            return rows.map((row) => ({
              key: customerKey({ customerId: row.customerId, status }),
              row,
            }));
          }),
        );
        const groups = groupBy(keys.map(customerKey), found.flat(), (entry) => entry.key);
        return groups.map((group) => group.map((entry) => entry.row));
      },
      { cacheKeyFn: customerKey },
    ),
    visibleOrdersByPrescriptionId: new DataLoader(async (keys) => {
      const visible = visibleOrdersFilter(caller);
      const rows = await batchById(keys, (ids) => ordersOfPrescriptions(db, ids, visible));
      return groupBy(keys, rows, (order) => order.prescriptionId);
    }),
  };
}

export function createOrdersContext(
  runtime: { db: OrdersDatabase; log: Logger; deps: OrdersDeps },
  caller: Caller,
): OrdersContext {
  const { db, log, deps } = runtime;
  return { caller, db, log, deps, loaders: createOrdersLoaders(db, caller) };
}
