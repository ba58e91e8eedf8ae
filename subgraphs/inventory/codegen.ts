import type { SubgraphCodegen } from '../codegen';

/** How inventory's types are generated from its SDL (see ../codegen.ts). */
export const codegen = {
  contextType: '../context#InventoryContext',
  mappers: {
    Medication: '../db/queries#MedicationRow',
    Pharmacy: '../db/queries#PharmacyRow',
    StockItem: '../db/queries#StockLevel',
    StockChange: '../db/queries#StockChangeRow',
    PharmacyAvailability: '../services/nearby.service#PharmacyAvailability',
    StockReservation: '../services/stock-reservation#StockReservation',
  },
  peers: [],
} satisfies SubgraphCodegen;
