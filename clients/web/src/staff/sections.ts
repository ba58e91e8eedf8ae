import type { Role } from '../gql/graphql';
import { forbidden } from './forbidden';

export type SectionId = 'review' | 'orders' | 'stock' | 'deliveries' | 'users' | 'pharmacies';

export const sectionLabels: Record<SectionId, string> = {
  review: 'Review',
  orders: 'Orders',
  stock: 'Stock',
  deliveries: 'Deliveries',
  users: 'Users',
  pharmacies: 'Pharmacies',
};

/** The sections each role works in, the first being where it lands. */
export const sectionsOf: Record<Role, readonly SectionId[]> = {
  PHARMACIST: ['review', 'orders', 'stock'],
  COURIER: ['deliveries'],
  ADMIN: ['users', 'pharmacies', 'orders', 'stock'],
  PATIENT: [],
};

/** What a section says to someone whose role does not work in it (a shared link, say). */
export const whoWorksIn: Record<SectionId, string> = {
  review: forbidden.review,
  orders: 'Only pharmacists and admins handle pharmacy orders.',
  stock: 'Only pharmacists and admins keep stock.',
  deliveries: forbidden.deliveries,
  users: forbidden.users,
  pharmacies: forbidden.pharmacies,
};

export const roleLabels: Record<Role, string> = {
  PATIENT: 'Patient',
  PHARMACIST: 'Pharmacist',
  COURIER: 'Courier',
  ADMIN: 'Admin',
};

export const isSection = (value: string | undefined): value is SectionId =>
  value !== undefined && value in sectionLabels;
