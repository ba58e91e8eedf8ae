export const PaymentStatus = {
  /** The charge is under way. */
  PENDING: 'PENDING',
  /** The card needs the customer (3-D Secure): the app finishes it with clientSecret; the outcome arrives later. */
  REQUIRES_ACTION: 'REQUIRES_ACTION',
  APPROVED: 'APPROVED',
  DECLINED: 'DECLINED',
  /** Given back in full. */
  REFUNDED: 'REFUNDED',
} as const;

export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];
