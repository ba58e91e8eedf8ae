import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import { type ServiceConfig } from '@pharmacy/subgraph';
import type { CatalogueEntry } from '../scan';

const PAGE = `query Catalogue($after: String) {
  medications(first: 100, after: $after) {
    nodes { id name genericName strength }
    endCursor
    hasNextPage
  }
}`;

interface Page {
  medications: { nodes: CatalogueEntry[]; endCursor: string | null; hasNextPage: boolean };
}

/**
 * The catalogue as the scanner needs it, fetched from inventory and kept for a few minutes:
 * OCR'd names may be misspelt, so matching runs against the whole list rather than a search.
 */
export function createCatalogueClient(config: ServiceConfig, ttlMs = 5 * 60_000) {
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
      const page: Page = await client.request<Page>(PAGE, { after });
      entries.push(...page.medications.nodes);
      after = page.medications.hasNextPage ? page.medications.endCursor : null;
    } while (after);
    return entries;
  }

  return {
    async all(): Promise<CatalogueEntry[]> {
      if (!cached || Date.now() - cached.at > ttlMs) {
        const entries = fetchAll();
        cached = { at: Date.now(), entries };
        entries.catch(() => (cached = undefined));
      }
      return cached.entries;
    },
  };
}

export type CatalogueClient = ReturnType<typeof createCatalogueClient>;
