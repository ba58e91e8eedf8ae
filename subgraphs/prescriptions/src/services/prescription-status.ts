import { PrescriptionStatus } from '../generated/enums';
import type { PrescriptionRow } from '../db/queries';

/** What a caller sees: EXPIRED once past expiresAt, whatever was stored. */
export function effectiveStatus(
  row: Pick<PrescriptionRow, 'status' | 'expiresAt'>,
  now = new Date(),
): PrescriptionStatus {
  return row.expiresAt.getTime() <= now.getTime() ? PrescriptionStatus.EXPIRED : row.status;
}
