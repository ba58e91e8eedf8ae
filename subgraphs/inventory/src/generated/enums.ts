export const StockReservationStatus = {
  RESERVED: 'RESERVED',
  RELEASED: 'RELEASED',
  COMMITTED: 'COMMITTED',
} as const;

export type StockReservationStatus =
  (typeof StockReservationStatus)[keyof typeof StockReservationStatus];
