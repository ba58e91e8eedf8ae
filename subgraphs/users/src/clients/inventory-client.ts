import { AppError, ErrorCode } from '@pharmacy/errors';
import type { ServiceClient } from '@pharmacy/service';
import { PharmacyExistsDocument } from '../generated/inventory';

/** Inventory: only what users needs to know of it, whether a pharmacy exists. */
export function inventoryClient(client: ServiceClient) {
  return {
    async pharmacyExists(pharmacyId: string): Promise<boolean> {
      try {
        const { pharmacy } = await client.request(PharmacyExistsDocument, { id: pharmacyId });
        return pharmacy !== null;
      } catch (cause) {
        // Nobody is assigned to a pharmacy nobody could check; the client may try again.
        throw Object.assign(
          new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Pharmacies cannot be checked right now'),
          { cause },
        );
      }
    },
  };
}
export type InventoryClient = ReturnType<typeof inventoryClient>;
