import { expect } from 'vitest';
import { medicationIdOf } from '@pharmacy/demo';
import { gql, registerPatient, type Session } from './helpers';
import { pay, place, type PlaceInput } from './ordering-support';
import { uploadPrescription, verifyPrescription } from './prescription-support';
import { adminSession, openBranch, type Branch } from './staff';
import type { Stack } from './stack';

/**
 * Two pharmacies, A and B, each with its own pharmacist and courier, and one patient whose
 * prescriptions and paid orders sit at one or the other: what a pharmacist of A must never
 * reach at B, and may reach at A.
 */
export interface ScopingWorld {
  admin: Session;
  patient: Session;
  a: Branch;
  b: Branch;
  /** Prescription-only and over the counter, in stock at both. */
  rx: string;
  otc: string;
  prescriptions: {
    /** Sent to A, still to review. */
    a: string;
    /** Sent to B, verified there, used by orders.b. */
    b: string;
    /** Sent to B, still to review. */
    bPending: string;
    /** Sent to no pharmacy, verified by A's pharmacist, used by orders.a and orders.bOnNone. */
    none: string;
  };
  /** Each paid: approvals in `payments`. */
  orders: { a: string; b: string; bOnNone: string };
  payments: { a: string; b: string; bOnNone: string };
}

export const RX = medicationIdOf('atorvastatin-20mg-tablet');
export const OTC = medicationIdOf('ibuprofen-400mg-tablet');

export const STOCK = 20;

export async function setStockAt(
  stack: Stack,
  pharmacist: Session,
  pharmacyId: string,
  medicationId: string,
  quantity: number,
) {
  await gql(
    stack,
    pharmacist,
    'mutation($p: ID!, $m: ID!, $q: Int!) { setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable } }',
    { p: pharmacyId, m: medicationId, q: quantity },
  );
}

/** Places and pays an order; returns the order's and the approval's ids. */
export async function paidOrder(stack: Stack, patient: Session, input: PlaceInput) {
  const placed = await place(stack, patient, input);
  expect(placed.body.errors, JSON.stringify(placed.body.errors)).toBeUndefined();
  const orderId = placed.body.data!.placeOrder.id;
  const paid = await pay(stack, patient, orderId);
  expect(paid.body.data?.payOrder.status, JSON.stringify(paid.body.errors)).toBe('APPROVED');
  return { orderId, paymentId: paid.body.data!.payOrder.id };
}

export async function createScopingWorld(stack: Stack): Promise<ScopingWorld> {
  const admin = await adminSession(stack);
  const [a, b, patient] = await Promise.all([
    openBranch(stack, admin),
    openBranch(stack, admin),
    registerPatient(stack, 'Scoped Patient'),
  ]);
  for (const branch of [a, b])
    for (const medicationId of [RX, OTC])
      await setStockAt(stack, branch.pharmacist, branch.pharmacyId, medicationId, STOCK);

  const rxItems = (quantity: number) => [{ medicationId: RX, quantity }];
  const prescriptions = {
    a: await uploadPrescription(stack, patient, rxItems(1), { pharmacyId: a.pharmacyId }),
    b: await uploadPrescription(stack, patient, rxItems(1), { pharmacyId: b.pharmacyId }),
    bPending: await uploadPrescription(stack, patient, rxItems(1), { pharmacyId: b.pharmacyId }),
    none: await uploadPrescription(stack, patient, rxItems(2)),
  };
  await verifyPrescription(stack, a.pharmacist, prescriptions.none);
  await verifyPrescription(stack, b.pharmacist, prescriptions.b);

  const rxLine = { medicationId: RX, quantity: 1 };
  const otcLine = { medicationId: OTC, quantity: 1 };
  const orderA = await paidOrder(stack, patient, {
    pharmacyId: a.pharmacyId,
    prescriptionId: prescriptions.none,
    lines: [rxLine, otcLine],
  });
  const orderB = await paidOrder(stack, patient, {
    pharmacyId: b.pharmacyId,
    prescriptionId: prescriptions.b,
    lines: [rxLine, otcLine],
  });
  const orderBOnNone = await paidOrder(stack, patient, {
    pharmacyId: b.pharmacyId,
    prescriptionId: prescriptions.none,
    lines: [rxLine],
  });
  return {
    admin,
    patient,
    a,
    b,
    rx: RX,
    otc: OTC,
    prescriptions,
    orders: { a: orderA.orderId, b: orderB.orderId, bOnNone: orderBOnNone.orderId },
    payments: { a: orderA.paymentId, b: orderB.paymentId, bOnNone: orderBOnNone.paymentId },
  };
}

/** Everything of B that a pharmacist of A must not see, as it would appear in a response. */
export const secretsOfB = (world: ScopingWorld) => [
  world.orders.b,
  world.orders.bOnNone,
  world.prescriptions.b,
  world.prescriptions.bPending,
  world.payments.b,
  world.payments.bOnNone,
  world.b.pharmacist.user.id,
  world.b.courier.user.id,
];

export function expectNoneOf(data: unknown, secrets: string[], label = '') {
  const text = JSON.stringify(data ?? null);
  for (const secret of secrets) expect(text, `${label} leaks ${secret}`).not.toContain(secret);
}
