/**
 * What each screen says when the API answers FORBIDDEN: who may do this, in plain words, so the
 * reader knows whom to ask rather than only that it failed.
 */
export const forbidden = {
  review: 'Only pharmacists review prescriptions.',
  reviewOne:
    'This prescription was sent to a pharmacy you do not work for, so you may not review it.',
  decide:
    'Only a pharmacist of the pharmacy it was sent to may verify or reject this prescription.',
  orders: 'You may see only the orders of the pharmacies you work for.',
  changeOrder: 'Only the pharmacists of this order’s pharmacy and admins may change it.',
  pharmacyStaff: 'You may see only the staff of your own pharmacies.',
  myPharmacies: 'You may not see which pharmacies you work for.',
  stock: 'You may see and set only the stock of the pharmacies you work for.',
  deliveries: 'Only couriers have deliveries.',
  delivery: 'Only the courier assigned to this order may move it on.',
  users: 'Only admins manage users, roles and staff.',
  pharmacies: 'Only admins manage pharmacies.',
} as const;
