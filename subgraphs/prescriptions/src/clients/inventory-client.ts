import { internalCredentialKey } from '@pharmacy/auth';
import { AppError, ErrorCode } from '@pharmacy/errors';
import { createServiceClient } from '@pharmacy/service';
import type { ServiceConfig } from '@pharmacy/subgraph';
import {
  CataloguePageDocument,
  PharmacyExistsDocument,
  type CataloguePageQuery,
} from '../generated/inventory';
import type { CatalogueEntry } from '../scan';

/** What prescriptions asks of inventory. */
export interface InventoryClient {
  /** The whole catalogue, as the scanner matches against it. */
  catalogue(): Promise<CatalogueEntry[]>;
  /** Whether the pharmacy exists; SERVICE_UNAVAILABLE when inventory cannot say. */
  pharmacyExists(pharmacyId: string): Promise<boolean>;
}

/**
 * The catalogue is fetched from inventory and kept for a few minutes: OCR'd names may be
 * misspelt, so matching runs against the whole list rather than a search.
 */
export function createInventoryClient(config: ServiceConfig, ttlMs = 5 * 60_000): InventoryClient {
  const client = createServiceClient({
    caller: 'prescriptions',
    url: config.peers.inventory,
    key: internalCredentialKey(config.internalSecret),
  });
  let cached: { at: number; entries: Promise<CatalogueEntry[]> } | undefined;

  async function fetchAll(): Promise<CatalogueEntry[]> {
    const entries: CatalogueEntry[] = [];
    let after: string | null = null;
    do {
      // Annotated: `after` is both this call's variable and set from its result.
      const page: CataloguePageQuery = await client.request(CataloguePageDocument, { after });
      entries.push(...page.medications.nodes);
      after = page.medications.hasNextPage ? page.medications.endCursor : null;
    } while (after);
    return entries;
  }

  return {
    catalogue() {
      if (!cached || Date.now() - cached.at > ttlMs) {
        const entries = fetchAll();
        cached = { at: Date.now(), entries };
        // A failed fetch is not kept: the next scan tries again.
        entries.catch(() => (cached = undefined));
      }
      return cached.entries;
    },
    async pharmacyExists(pharmacyId) {
      try {
        const { pharmacy } = await client.request(PharmacyExistsDocument, { id: pharmacyId });
        return pharmacy !== null;
      } catch (cause) {
        // Nothing is sent to a pharmacy nobody could check; the patient may try again.
        throw Object.assign(
          new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Pharmacies cannot be checked right now'),
          { cause },
        );
      }
    },
  };
}
