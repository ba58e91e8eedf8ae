import { RateLimiter } from '@pharmacy/service';
import type { SubgraphRuntime } from '@pharmacy/subgraph';
import { createInventoryClient, type InventoryClient } from './clients/inventory-client';
import type * as schema from './db/schema';
import { createOcrEngine, type OcrEngine } from './scan';
import { loadPrescriptionsSettings } from './settings';

/** What lives as long as the process, made once when the subgraph starts. */
export interface PrescriptionsDeps {
  ocr: OcrEngine;
  inventory: InventoryClient;
  /** Scans per user and minute. */
  scanLimiter: RateLimiter;
}

export function createPrescriptionsDeps(
  runtime: Pick<SubgraphRuntime<typeof schema, PrescriptionsDeps>, 'config'>,
): PrescriptionsDeps {
  const settings = loadPrescriptionsSettings();
  return {
    ocr: createOcrEngine(),
    inventory: createInventoryClient(runtime.config),
    scanLimiter: new RateLimiter(settings.scanLimitPerUser, 60_000),
  };
}

/** The OCR worker is a thread of its own: it would keep the process alive. */
export async function stopPrescriptionsDeps(deps: PrescriptionsDeps): Promise<void> {
  await deps.ocr.terminate();
}
