import type { SubgraphCodegen } from '../codegen';

/** How payments' types are generated from its SDL (see ../codegen.ts). */
export const codegen = {
  contextType: '../context#PaymentsContext',
  mappers: {
    PaymentApproval: '../db/queries#PaymentApprovalRow',
    PaymentApprovalConnection: '../db/queries#PaymentApprovalConnection',
    // Entities of other subgraphs: only their key, the gateway asks their owner for the rest.
    User: '../resolvers/references#UserRef',
    Order: '../resolvers/references#OrderRef',
  },
  peers: ['orders'],
} satisfies SubgraphCodegen;
