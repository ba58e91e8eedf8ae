import type { ServiceClient } from '@pharmacy/service';
import {
  CommitStockDocument,
  OrderCatalogueDocument,
  ReleaseStockDocument,
  ReserveStockDocument,
  type OrderCatalogueQuery,
  type StockLineInput,
} from '../generated/inventory';

type CatalogueEntity = NonNullable<OrderCatalogueQuery['_entities'][number]>;
/** A medication as the catalogue prices it now. */
export type CatalogueEntry = Extract<CatalogueEntity, { __typename: 'Medication' }>;

/** The catalogue and stock operations of inventory, as orders uses them. */
export function inventoryClient(client: ServiceClient) {
  return {
    /** The pharmacy (null when unknown) and each medication's catalogue entry (absent when unknown). */
    async lookup(pharmacyId: string, medicationIds: string[]) {
      const representations = [
        { __typename: 'Pharmacy', id: pharmacyId },
        ...medicationIds.map((id) => ({ __typename: 'Medication', id })),
      ];
      const data = await client.request(OrderCatalogueDocument, { representations });
      const [pharmacy, ...medications] = data._entities;
      const catalogue = new Map<string, CatalogueEntry>();
      for (const entry of medications)
        if (entry?.__typename === 'Medication') catalogue.set(entry.id.toLowerCase(), entry);
      return { pharmacyId: pharmacy?.__typename === 'Pharmacy' ? pharmacy.id : null, catalogue };
    },
    async reserveStock(orderId: string, pharmacyId: string, lines: StockLineInput[]) {
      const data = await client.request(ReserveStockDocument, { orderId, pharmacyId, lines });
      return data.reserveStock;
    },
    async releaseStock(orderId: string) {
      return (await client.request(ReleaseStockDocument, { orderId })).releaseStock;
    },
    async commitStock(orderId: string) {
      return (await client.request(CommitStockDocument, { orderId })).commitStock;
    },
  };
}
export type InventoryClient = ReturnType<typeof inventoryClient>;
