export const OrderStatus = {
  PENDING_PAYMENT: 'PENDING_PAYMENT',
  PAID: 'PAID',
  PREPARING: 'PREPARING',
  OUT_FOR_DELIVERY: 'OUT_FOR_DELIVERY',
  DELIVERED: 'DELIVERED',
  CANCELLED: 'CANCELLED',
} as const;

export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];
export const PaymentEventKind = {
  APPROVED: 'APPROVED',
  REFUNDED: 'REFUNDED',
} as const;

export type PaymentEventKind = (typeof PaymentEventKind)[keyof typeof PaymentEventKind];
