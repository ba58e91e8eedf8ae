export const PrescriptionStatus = {
  SUBMITTED: 'SUBMITTED',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
  EXPIRED: 'EXPIRED',
} as const;

export type PrescriptionStatus = (typeof PrescriptionStatus)[keyof typeof PrescriptionStatus];
