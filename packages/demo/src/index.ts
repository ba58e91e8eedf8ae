import { v5 as uuidv5 } from 'uuid';
import { demoMedications, demoPharmacies } from './catalogue';

export { demoMedications, demoPharmacies } from './catalogue';
export type { DemoMedication, DemoPharmacy } from './catalogue';

/**
 * The demo data's shared facts. Each subgraph seeds its own part of it into its own database;
 * ids are derived from names so the parts agree without talking to each other.
 */
const NAMESPACE = '4b6f6a3e-8a55-4d0e-9d3c-2f1c8a7e5b10';
export const demoId = (kind: string, key: string): string => uuidv5(`${kind}:${key}`, NAMESPACE);

export const DEMO_PASSWORD = 'demo-password';

export const demoUsers = [
  {
    key: 'patient',
    role: 'PATIENT',
    name: 'Pat Patient',
    phone: '+49 30 1234 5001',
    address: 'Torstraße 101, 10119 Berlin',
  },
  {
    key: 'pharmacist',
    role: 'PHARMACIST',
    name: 'Phil Pharmacist',
    phone: '+49 30 1234 5002',
    address: null,
  },
  {
    key: 'courier',
    role: 'COURIER',
    name: 'Cora Courier',
    phone: '+49 30 1234 5003',
    address: null,
  },
  { key: 'admin', role: 'ADMIN', name: 'Ada Admin', phone: null, address: null },
].map((user) => ({
  ...user,
  id: demoId('user', user.key),
  email: `${user.key}@demo.pharmacy`,
  role: user.role as 'PATIENT' | 'PHARMACIST' | 'COURIER' | 'ADMIN',
}));

export const userIdOf = (key: 'patient' | 'pharmacist' | 'courier' | 'admin'): string =>
  demoId('user', key);
export const medicationIdOf = (key: string): string => demoId('medication', key);
export const pharmacyIdOf = (key: string): string => demoId('pharmacy', key);

/** The demo pharmacist and courier work for every demo pharmacy. */
export const demoStaffMemberships: { userId: string; pharmacyId: string }[] = (
  ['pharmacist', 'courier'] as const
).flatMap((key) =>
  demoPharmacies.map((pharmacy) => ({
    userId: userIdOf(key),
    pharmacyId: pharmacyIdOf(pharmacy.key),
  })),
);

function medication(key: string) {
  const found = demoMedications.find((m) => m.key === key);
  if (!found) throw new Error(`demo medication ${key} is missing`);
  return { ...found, id: medicationIdOf(key) };
}

/** Stock of each medication at each pharmacy: a fixed spread of quantities, some at zero. */
export function demoStockQuantity(pharmacyIndex: number, medicationIndex: number): number {
  const n = (pharmacyIndex * 31 + medicationIndex * 17) % 23;
  return n < 3 ? 0 : n * 5;
}

/** Quantities are packs, as catalogue prices are per pack. */
const issuedAt = new Date('2026-01-05T09:00:00Z');
const prescriptionItems = [
  {
    id: demoId('prescription-item', 'atorvastatin'),
    medication: medication('atorvastatin-20mg-tablet'),
    quantity: 1,
    refills: 2,
    instructions: 'One tablet every evening',
  },
  {
    id: demoId('prescription-item', 'amoxicillin'),
    medication: medication('amoxicillin-500mg-capsule'),
    quantity: 1,
    refills: 0,
    instructions: 'One capsule three times a day for 7 days',
  },
];

export const demoPrescription = {
  id: demoId('prescription', 'patient-1'),
  patientId: userIdOf('patient'),
  prescriberName: 'Dr. Hanna Weber',
  prescriberLicense: 'LANR-123456789',
  issuedAt,
  expiresAt: new Date('2027-12-31T23:59:59Z'),
  verifiedBy: userIdOf('pharmacist'),
  items: prescriptionItems,
};

const orderLines = [
  {
    medication: medication('atorvastatin-20mg-tablet'),
    quantity: 1,
    prescriptionItemId: prescriptionItems[0]!.id,
  },
  { medication: medication('ibuprofen-400mg-tablet'), quantity: 1, prescriptionItemId: null },
].map((line) => ({
  ...line,
  unitPrice: line.medication.price,
  lineTotal: line.medication.price * line.quantity,
}));

export const demoOrder = {
  id: demoId('order', 'patient-1'),
  customerId: userIdOf('patient'),
  pharmacyId: pharmacyIdOf(demoPharmacies[0]!.key),
  prescriptionId: demoPrescription.id,
  deliveryAddress: 'Torstraße 101, 10119 Berlin',
  currency: 'EUR',
  lines: orderLines,
  total: orderLines.reduce((sum, line) => sum + line.lineTotal, 0),
  createdAt: new Date('2026-01-06T10:00:00Z'),
  paidAt: new Date('2026-01-06T10:02:00Z'),
};

export const demoPayment = {
  id: demoId('payment', 'patient-1'),
  orderId: demoOrder.id,
  payerId: demoOrder.customerId,
  amount: demoOrder.total,
  currency: demoOrder.currency,
  method: 'visa •••• 4242',
  createdAt: demoOrder.paidAt,
};
