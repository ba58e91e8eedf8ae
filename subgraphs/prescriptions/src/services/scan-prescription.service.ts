import { requireUser } from '@pharmacy/auth';
import type { PrescriptionsContext } from '../context';
import { scanPrescriptionImage, type PrescriptionScan } from '../scan';

/**
 * Reads a photographed prescription and suggests its items. Nothing is stored: the patient
 * confirms the suggestions and uploads them, with the same image as documentBase64 to keep it.
 * OCR is costly, so scans are limited per user.
 */
export async function scanPrescription(
  ctx: PrescriptionsContext,
  imageBase64: string,
): Promise<PrescriptionScan> {
  const caller = requireUser(ctx.caller);
  ctx.deps.scanLimiter.hit(caller.userId);
  return scanPrescriptionImage(
    { ocr: ctx.deps.ocr, findCandidates: () => ctx.deps.inventory.catalogue() },
    imageBase64,
  );
}
