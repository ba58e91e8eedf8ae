import { gql, type Session } from './helpers';
import type { Stack } from './stack';

/** Uploading and reviewing prescriptions through the gateway. */

export interface ItemInput {
  medicationId: string;
  quantity: number;
  refills?: number;
}

export interface UploadOptions {
  /** The pharmacy the patient sends it to for review; none when omitted. */
  pharmacyId?: string;
  documentBase64?: string;
}

export const UPLOAD_PRESCRIPTION =
  'mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { id status pharmacy { id } document { contentType sizeBytes dataUrl } } }';

export function prescriptionInput(items: ItemInput[], options: UploadOptions = {}) {
  return {
    prescriberName: 'Dr. Test',
    prescriberLicense: 'LANR-999',
    issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
    items,
    ...options,
  };
}

/** Sends the upload as it is: for tests that look at the errors. */
export const tryUpload = (
  stack: Stack,
  patient: Session,
  items: ItemInput[],
  options: UploadOptions = {},
) =>
  stack.request<{ uploadPrescription: { id: string } }>(
    UPLOAD_PRESCRIPTION,
    { input: prescriptionInput(items, options) },
    patient.accessToken,
  );

export async function uploadPrescription(
  stack: Stack,
  patient: Session,
  items: ItemInput[],
  options: UploadOptions = {},
): Promise<string> {
  const { uploadPrescription } = await gql<{ uploadPrescription: { id: string } }>(
    stack,
    patient,
    UPLOAD_PRESCRIPTION,
    { input: prescriptionInput(items, options) },
  );
  return uploadPrescription.id;
}

export const VERIFY = 'mutation($id: ID!) { verifyPrescription(id: $id) { id status } }';
export const REJECT =
  'mutation($id: ID!, $r: String!) { rejectPrescription(id: $id, reason: $r) { id status } }';

export const verifyPrescription = (stack: Stack, pharmacist: Session, id: string) =>
  gql(stack, pharmacist, VERIFY, { id });

/** A 1x1 PNG: the smallest real image a document can be. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
