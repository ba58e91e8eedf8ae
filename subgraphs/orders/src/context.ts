import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { batchById, groupBy, matchById, type Database } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  historyOfOrders,
  linesOfOrders,
  ordersByIds,
  ordersOfCustomers,
  ordersOfPrescriptions,
  type OrderLineRow,
  type OrderRow,
  type StatusChangeRow,
} from './db/queries';
import type * as schema from './db/schema';
import { visibleOrdersFilter } from './services/order-access';
import type { OrdersDeps } from './deps';

export type OrdersDatabase = Database<typeof schema>;

export interface CustomerOrdersKey {
  customerId: string;
  status: schema.OrderStatus | null;
}

export interface OrdersContext {
  caller: Caller;
  db: OrdersDatabase;
  log: Logger;
  /** Clients of the other services, the outbox relay and settings, made once at start. */
  deps: OrdersDeps;
  loaders: {
    orderById: DataLoader<string, OrderRow | null>;
    linesByOrderId: DataLoader<string, OrderLineRow[]>;
    historyByOrderId: DataLoader<string, StatusChangeRow[]>;
    ordersByCustomer: DataLoader<CustomerOrdersKey, OrderRow[], string>;
    /** Only the orders this request's caller may see. */
    visibleOrdersByPrescriptionId: DataLoader<string, OrderRow[]>;
  };
}

const customerKey = (key: { customerId: string; status: string | null }) =>
  `${key.status ?? '*'}:${key.customerId}`;

export function createOrdersContext(
  base: { db: OrdersDatabase; log: Logger; deps: OrdersDeps },
  caller: Caller,
): OrdersContext {
  const { db } = base;
  const orderById = new DataLoader<string, OrderRow | null>(async (keys) =>
    matchById(keys, await batchById(keys, (ids) => ordersByIds(db, ids))),
  );
  const linesByOrderId = new DataLoader<string, OrderLineRow[]>(async (keys) =>
    groupBy(keys, await batchById(keys, (ids) => linesOfOrders(db, ids)), (line) => line.orderId),
  );
  const historyByOrderId = new DataLoader<string, StatusChangeRow[]>(async (keys) =>
    groupBy(
      keys,
      await batchById(keys, (ids) => historyOfOrders(db, ids)),
      (change) => change.orderId,
    ),
  );
  const ordersByCustomer = new DataLoader<CustomerOrdersKey, OrderRow[], string>(
    async (keys) => {
      // One query per distinct status filter, usually just one.
      const statuses = [...new Set(keys.map((key) => key.status))];
      const found = await Promise.all(
        statuses.map(async (status) => {
          const customerIds = keys
            .filter((key) => key.status === status)
            .map((key) => key.customerId);
          const rows = await batchById(customerIds, (ids) => ordersOfCustomers(db, ids, status));
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
  );
  const visibleOrdersByPrescriptionId = new DataLoader<string, OrderRow[]>(async (keys) => {
    const visible = visibleOrdersFilter(caller);
    const rows = await batchById(keys, (ids) => ordersOfPrescriptions(db, ids, visible));
    return groupBy(keys, rows, (order) => order.prescriptionId);
  });
  return {
    ...base,
    caller,
    loaders: {
      orderById,
      linesByOrderId,
      historyByOrderId,
      ordersByCustomer,
      visibleOrdersByPrescriptionId,
    },
  };
}
