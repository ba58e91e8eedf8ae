import type { SubgraphCodegen } from '../codegen';

/** How users' types are generated from its SDL (see ../codegen.ts). */
export const codegen = {
  contextType: '../context#UsersContext',
  mappers: {
    User: '../db/queries#UserRow',
    UserAccess: '../db/queries#UserAccessRow',
    AuthPayload: '../services/session.service#Session',
    Pharmacy: '../db/staff-queries#PharmacyRef',
  },
  peers: ['inventory'],
} satisfies SubgraphCodegen;
