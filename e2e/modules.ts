import { inventorySubgraph } from '@pharmacy/inventory';
import { ordersSubgraph } from '@pharmacy/orders';
import { paymentsSubgraph } from '@pharmacy/payments';
import { prescriptionsSubgraph } from '@pharmacy/prescriptions';
import { usersSubgraph } from '@pharmacy/users';

/** The five subgraphs, by name. */
export const modules = {
  users: usersSubgraph,
  inventory: inventorySubgraph,
  prescriptions: prescriptionsSubgraph,
  orders: ordersSubgraph,
  payments: paymentsSubgraph,
} as const;
