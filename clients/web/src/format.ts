import type { OrderStatus, PrescriptionStatus } from './gql/graphql';

export interface Money {
  amount: number;
  currency: string;
}

export function formatMoney(money: Money, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amount / 100,
  );
}

// Spelled out rather than dateStyle 'short', which writes 5/3/26: a year in four digits and a
// month by name read the same in every locale.
const day = { year: 'numeric', month: 'short', day: 'numeric' } as const;

export function formatDate(iso: string, locale?: string): string {
  return new Date(iso).toLocaleDateString(locale, day);
}

export function formatTime(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { ...day, hour: '2-digit', minute: '2-digit' });
}

/** The sum of some amounts of one currency, or null when there are none or they differ. */
export function sumMoney(amounts: Money[]): Money | null {
  const currency = amounts[0]?.currency;
  if (!currency || amounts.some((m) => m.currency !== currency)) return null;
  return { amount: amounts.reduce((sum, m) => sum + m.amount, 0), currency };
}

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export const orderStatusLabels: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'Waiting for payment',
  PAID: 'Paid',
  PREPARING: 'Being prepared',
  OUT_FOR_DELIVERY: 'Out for delivery',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export const prescriptionStatusLabels: Record<PrescriptionStatus, string> = {
  SUBMITTED: 'Waiting for review',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
  EXPIRED: 'Expired',
};
