import { AppError, BadUserInputError, ErrorCode, NotFoundError } from '@pharmacy/errors';
import type { InventoryClient } from '../clients/inventory-client';
import type { PrescriptionLineInput } from '../generated/prescriptions';
import type { PlacementRequest } from './place-order-input';

export interface PricedLine {
  lineNo: number;
  medicationId: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  requiresPrescription: boolean;
}

export interface PricedOrder {
  currency: string;
  total: number;
  lines: PricedLine[];
  /** The prescription-only lines, which need prescription quantity. */
  prescriptionLines: PrescriptionLineInput[];
}

/**
 * Prices each line from the catalogue as it is now, and refuses prescription-only lines
 * without a prescription (PRESCRIPTION_REQUIRED) before anything is held.
 */
export async function priceOrder(
  inventory: InventoryClient,
  request: PlacementRequest,
): Promise<PricedOrder> {
  const ids = request.lines.map((line) => line.medicationId);
  const found = await inventory.lookup(request.pharmacyId, ids);
  if (!found.pharmacyId) throw new NotFoundError('Pharmacy');
  const missing = ids.filter((id) => !found.catalogue.has(id));
  if (missing.length > 0) {
    throw new AppError(
      ErrorCode.NOT_FOUND,
      `Medication not in the catalogue: ${missing.join(', ')}`,
      {
        medicationIds: missing,
      },
    );
  }
  const lines = request.lines.map(({ medicationId, quantity }, index) => {
    const entry = found.catalogue.get(medicationId)!;
    return {
      lineNo: index + 1,
      medicationId,
      quantity,
      unitPrice: entry.price.amount,
      lineTotal: entry.price.amount * quantity,
      requiresPrescription: entry.requiresPrescription,
      currency: entry.price.currency,
    };
  });
  const currencies = new Set(lines.map((line) => line.currency));
  if (currencies.size > 1)
    throw new BadUserInputError('All lines of an order must be priced in one currency');
  const prescriptionLines = lines
    .filter((line) => line.requiresPrescription)
    .map(({ medicationId, quantity }) => ({ medicationId, quantity }));
  if (prescriptionLines.length > 0 && !request.prescriptionId) {
    const medicationIds = prescriptionLines.map((line) => line.medicationId);
    throw new AppError(
      ErrorCode.PRESCRIPTION_REQUIRED,
      'Prescription-only medicines need a prescription',
      { medicationIds },
    );
  }
  return {
    currency: [...currencies][0]!,
    total: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    lines: lines.map(({ currency: _currency, ...line }) => line),
    prescriptionLines,
  };
}
