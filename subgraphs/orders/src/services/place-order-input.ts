import { createHash } from 'node:crypto';
import { isUuid } from '@pharmacy/db';
import { AppError, BadUserInputError, ErrorCode, NotFoundError } from '@pharmacy/errors';

export interface PlaceOrderInput {
  pharmacyId: string;
  prescriptionId?: string | null;
  lines: { medicationId: string; quantity: number }[];
  deliveryAddress: string;
}

/** A checked placement request: lowercase ids, trimmed text, and its fingerprint. */
export interface PlacementRequest {
  pharmacyId: string;
  prescriptionId: string | null;
  lines: { medicationId: string; quantity: number }[];
  deliveryAddress: string;
  idempotencyKey: string | null;
  /** Same key with another hash is another request: IDEMPOTENCY_KEY_REUSED. */
  requestHash: string | null;
}

const MAX_LINES = 50;
const MAX_QUANTITY = 1_000;

export function parsePlacement(
  input: PlaceOrderInput,
  idempotencyKey: string | null | undefined,
): PlacementRequest {
  if (!isUuid(input.pharmacyId)) throw new NotFoundError('Pharmacy');
  if (input.prescriptionId != null && !isUuid(input.prescriptionId))
    throw new AppError(ErrorCode.PRESCRIPTION_INVALID, 'Prescription not found');
  if (input.lines.length === 0 || input.lines.length > MAX_LINES)
    throw new BadUserInputError(`An order has 1 to ${MAX_LINES} lines`, { field: 'lines' });
  const seen = new Set<string>();
  const lines = input.lines.map(({ medicationId, quantity }) => {
    if (!isUuid(medicationId)) throw new NotFoundError(`Medication ${medicationId}`);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)
      throw new BadUserInputError(`Quantities are whole numbers from 1 to ${MAX_QUANTITY}`, {
        field: 'lines',
      });
    const id = medicationId.toLowerCase();
    if (seen.has(id))
      throw new BadUserInputError('Each medication may appear on one line only', {
        field: 'lines',
      });
    seen.add(id);
    return { medicationId: id, quantity };
  });
  const deliveryAddress = input.deliveryAddress.trim();
  if (deliveryAddress.length === 0 || deliveryAddress.length > 500)
    throw new BadUserInputError('A delivery address of up to 500 characters is required', {
      field: 'deliveryAddress',
    });
  const key = idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 200))
    throw new BadUserInputError('idempotencyKey has 1 to 200 characters', {
      field: 'idempotencyKey',
    });
  const request = {
    pharmacyId: input.pharmacyId.toLowerCase(),
    prescriptionId: input.prescriptionId?.toLowerCase() ?? null,
    lines,
    deliveryAddress,
  };
  return { ...request, idempotencyKey: key, requestHash: key === null ? null : hashOf(request) };
}

/** Line order does not make another request. */
function hashOf(request: Omit<PlacementRequest, 'idempotencyKey' | 'requestHash'>): string {
  const lines = [...request.lines].sort((a, b) => (a.medicationId < b.medicationId ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify({ ...request, lines }))
    .digest('base64url');
}
