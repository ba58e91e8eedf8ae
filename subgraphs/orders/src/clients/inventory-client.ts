import type { ServiceClient } from '@pharmacy/service';

export interface CatalogueEntry {
  id: string;
  requiresPrescription: boolean;
  price: { amount: number; currency: string };
}

export interface StockLine {
  medicationId: string;
  quantity: number;
}

export interface StockReservation {
  orderId: string;
  status: 'RESERVED' | 'RELEASED' | 'COMMITTED';
  lines: StockLine[];
}

const LOOKUP = /* GraphQL */ `
  query OrderCatalogue($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Pharmacy {
        id
      }
      ... on Medication {
        id
        requiresPrescription
        price {
          amount
          currency
        }
      }
    }
  }
`;
const RESERVATION = 'orderId status lines { medicationId quantity }';

/** The catalogue and stock operations of inventory, as orders uses them. */
export function inventoryClient(client: ServiceClient) {
  return {
    /** The pharmacy (null when unknown) and each medication's catalogue entry (absent when unknown). */
    async lookup(pharmacyId: string, medicationIds: string[]) {
      const representations = [
        { __typename: 'Pharmacy', id: pharmacyId },
        ...medicationIds.map((id) => ({ __typename: 'Medication', id })),
      ];
      const data = await client.request<{ _entities: ({ id: string } | null)[] }>(LOOKUP, {
        representations,
      });
      const [pharmacy, ...medications] = data._entities;
      const catalogue = new Map<string, CatalogueEntry>();
      for (const entry of medications as (CatalogueEntry | null)[])
        if (entry) catalogue.set(entry.id.toLowerCase(), entry);
      return { pharmacyId: pharmacy?.id ?? null, catalogue };
    },
    async reserveStock(orderId: string, pharmacyId: string, lines: StockLine[]) {
      const data = await client.request<{ reserveStock: StockReservation }>(
        `mutation($orderId: ID!, $pharmacyId: ID!, $lines: [StockLineInput!]!) {
          reserveStock(orderId: $orderId, pharmacyId: $pharmacyId, lines: $lines) { ${RESERVATION} } }`,
        { orderId, pharmacyId, lines },
      );
      return data.reserveStock;
    },
    async releaseStock(orderId: string) {
      const data = await client.request<{ releaseStock: StockReservation }>(
        `mutation($orderId: ID!) { releaseStock(orderId: $orderId) { ${RESERVATION} } }`,
        { orderId },
      );
      return data.releaseStock;
    },
    async commitStock(orderId: string) {
      const data = await client.request<{ commitStock: StockReservation }>(
        `mutation($orderId: ID!) { commitStock(orderId: $orderId) { ${RESERVATION} } }`,
        { orderId },
      );
      return data.commitStock;
    },
  };
}
export type InventoryClient = ReturnType<typeof inventoryClient>;
