import type { SubgraphCodegen } from '../codegen';

/** How orders' types are generated from its SDL (see ../codegen.ts). */
export const codegen = {
  contextType: '../context#OrdersContext',
  mappers: {
    Order: '../db/queries#OrderRow',
    OrderLine: '../db/queries#OrderLineInCurrency',
    OrderStatusChange: '../db/queries#StatusChangeRow',
    OrderConnection: '../db/queries#OrderConnection',
  },
  peers: ['users', 'prescriptions', 'payments', 'inventory'],
} satisfies SubgraphCodegen;
