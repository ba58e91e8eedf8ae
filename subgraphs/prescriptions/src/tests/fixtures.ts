import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { Caller, Role } from '@pharmacy/auth';
import {
  serviceCaller,
  userCaller,
  useTestSubgraph,
  type TestSubgraph,
  type TestSubgraphOptions,
} from '@pharmacy/testing';
import { prescriptionsSubgraph } from '../server';

export type Prescriptions = TestSubgraph<typeof prescriptionsSubgraph.dbSchema, object>;

/**
 * A prescriptions subgraph of this test file (or describe block) of its own: started before its
 * tests and stopped after them; `onQuery` sees each SQL statement.
 */
export function usePrescriptions(options: TestSubgraphOptions = {}): () => Prescriptions {
  return useTestSubgraph(prescriptionsSubgraph, options);
}

/** A fresh user of the given role (staff working for `pharmacyIds`), so tests never share data. */
export const user = (role: Role, pharmacyIds: readonly string[] = []) =>
  userCaller(role, uuidv7(), pharmacyIds);
export const service = serviceCaller('orders');
export { anonymous, errorCodeOf } from '@pharmacy/testing';

export const PRESCRIPTION_FIELDS = `id status prescriberName prescriberLicense issuedAt expiresAt createdAt
  rejectionReason patient { id } verifiedBy { id } pharmacy { id }
  items { id medication { id } quantity refills remainingQuantity instructions }`;

export interface PrescriptionView {
  id: string;
  status: string;
  issuedAt: string;
  expiresAt: string;
  rejectionReason: string | null;
  patient: { id: string };
  verifiedBy: { id: string } | null;
  pharmacy: { id: string } | null;
  items: {
    id: string;
    medication: { id: string };
    quantity: number;
    refills: number;
    remainingQuantity: number;
  }[];
}

export const UPLOAD = `mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { ${PRESCRIPTION_FIELDS} } }`;

export function prescriptionInput(overrides: Record<string, unknown> = {}) {
  return {
    prescriberName: 'Dr. Test',
    prescriberLicense: 'LANR-000000001',
    issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
    items: [{ medicationId: uuidv7(), quantity: 10, refills: 1, instructions: 'Once daily' }],
    ...overrides,
  };
}

/** Uploads as `patient` and fails the test on any error. */
export async function upload(
  sg: Prescriptions,
  patient: Caller,
  overrides: Record<string, unknown> = {},
) {
  const result = await sg.call<{ uploadPrescription: PrescriptionView }>(patient, UPLOAD, {
    input: prescriptionInput(overrides),
  });
  expect(result.errors).toBeUndefined();
  return result.data!.uploadPrescription;
}

export async function verify(sg: Prescriptions, id: string, by: Caller = user('PHARMACIST')) {
  const result = await sg.call(
    by,
    `mutation($id: ID!) { verifyPrescription(id: $id) { id status } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
}

/** An uploaded and verified prescription with one item of the given size. */
export async function verifiedPrescription(sg: Prescriptions, quantity: number, refills = 0) {
  const patient = user('PATIENT');
  const medicationId = uuidv7();
  const prescription = await upload(sg, patient, { items: [{ medicationId, quantity, refills }] });
  await verify(sg, prescription.id);
  return { patient, medicationId, prescription };
}
