/** The places of the patient app, one per hash route. */
export type PatientPlace =
  | { view: 'prescriptions' }
  | { view: 'order' }
  | { view: 'orders' }
  | { view: 'order-detail'; orderId: string }
  | { view: 'account' };

export type Tab = 'prescriptions' | 'order' | 'orders' | 'account';

export const tabs: { tab: Tab; label: string }[] = [
  { tab: 'prescriptions', label: 'Prescriptions' },
  { tab: 'order', label: 'Order' },
  { tab: 'orders', label: 'My orders' },
  { tab: 'account', label: 'Account' },
];

/** #/prescriptions, #/order, #/orders, #/orders/<id>, #/account; anything else is the first. */
export function placeOf(route: readonly string[]): PatientPlace {
  const [first, second] = route;
  if (first === 'orders' && second) return { view: 'order-detail', orderId: second };
  if (first === 'order' || first === 'orders' || first === 'account') return { view: first };
  return { view: 'prescriptions' };
}

/** The tab a place belongs to: an order's page is under My orders. */
export const tabOf = (place: PatientPlace): Tab =>
  place.view === 'order-detail' ? 'orders' : place.view;

export const titles: Record<PatientPlace['view'], string> = {
  prescriptions: 'My prescriptions',
  order: 'Order',
  orders: 'My orders',
  'order-detail': 'Your order',
  account: 'Account',
};
