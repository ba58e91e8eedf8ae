import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isUuid } from '@pharmacy/db';
import { AppError, ErrorCode, NotFoundError, parseInput } from '@pharmacy/errors';

const MAX_LINES = 50;
const MAX_QUANTITY = 1_000;

const isQuantity = (quantity: number) =>
  Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;
const hasRepeats = (ids: string[]) =>
  new Set(ids.map((id) => id.toLowerCase())).size !== ids.length;

const linesMessage = `An order has 1 to ${MAX_LINES} lines`;
const addressMessage = 'A delivery address of up to 500 characters is required';
const keyMessage = 'idempotencyKey has 1 to 200 characters';

// Line problems are checked on the list, so their field is `lines`, as callers have always seen.
const placementInput = z.object({
  pharmacyId: z.string(),
  prescriptionId: z.string().nullish(),
  lines: z
    .array(z.object({ medicationId: z.string(), quantity: z.number() }))
    .min(1, linesMessage)
    .max(MAX_LINES, linesMessage)
    .refine(
      (lines) => lines.every((line) => isQuantity(line.quantity)),
      `Quantities are whole numbers from 1 to ${MAX_QUANTITY}`,
    )
    .refine(
      (lines) => !hasRepeats(lines.map((line) => line.medicationId)),
      'Each medication may appear on one line only',
    ),
  deliveryAddress: z.string().trim().min(1, addressMessage).max(500, addressMessage),
  idempotencyKey: z.string().min(1, keyMessage).max(200, keyMessage).nullish(),
});

/** placeOrder's arguments, as the SDL has them. */
export interface PlaceOrderArgs {
  input: Omit<z.input<typeof placementInput>, 'idempotencyKey'>;
  idempotencyKey?: string | null;
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

/**
 * Ids first: one that is not a UUID names nothing (NOT_FOUND, or PRESCRIPTION_INVALID as for
 * an unknown prescription); then the rest of the request's shape (BAD_USER_INPUT).
 */
export function parsePlacement(args: PlaceOrderArgs): PlacementRequest {
  const { input } = args;
  if (!isUuid(input.pharmacyId)) throw new NotFoundError('Pharmacy');
  if (input.prescriptionId != null && !isUuid(input.prescriptionId))
    throw new AppError(ErrorCode.PRESCRIPTION_INVALID, 'Prescription not found');
  const malformed = input.lines.find((line) => !isUuid(line.medicationId));
  if (malformed) throw new NotFoundError(`Medication ${malformed.medicationId}`);
  const checked = parseInput(placementInput, { ...input, idempotencyKey: args.idempotencyKey });
  const request = {
    pharmacyId: checked.pharmacyId.toLowerCase(),
    prescriptionId: checked.prescriptionId?.toLowerCase() ?? null,
    lines: checked.lines.map(({ medicationId, quantity }) => ({
      medicationId: medicationId.toLowerCase(),
      quantity,
    })),
    deliveryAddress: checked.deliveryAddress,
  };
  const key = checked.idempotencyKey ?? null;
  return { ...request, idempotencyKey: key, requestHash: key === null ? null : hashOf(request) };
}

/** Line order does not make another request. */
function hashOf(request: Omit<PlacementRequest, 'idempotencyKey' | 'requestHash'>): string {
  const lines = [...request.lines].sort((a, b) => (a.medicationId < b.medicationId ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify({ ...request, lines }))
    .digest('base64url');
}
