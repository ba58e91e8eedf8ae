import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicationIdOf } from '@pharmacy/demo';
import { renderPrescription } from '@pharmacy/prescriptions/testing';
import { codes, registerPatient, type Session } from './helpers';
import { startStack, type Stack } from './stack';

let stack: Stack;
let patient: Session;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  patient = await registerPatient(stack);
});
afterAll(() => stack?.stop());

const SCAN = /* GraphQL */ `
  mutation Scan($image: String!) {
    scanPrescription(imageBase64: $image) {
      prescriberName
      prescriberLicense
      items {
        text
        quantity
        refills
        instructions
        medication {
          id
          name
        }
      }
    }
  }
`;

interface ScanResult {
  scanPrescription: {
    prescriberName: string | null;
    prescriberLicense: string | null;
    items: {
      quantity: number | null;
      refills: number | null;
      medication: { id: string; name: string } | null;
    }[];
  };
}

describe('scanning a prescription through the gateway', () => {
  it('reads a photo into catalogue medications the patient can then upload', async () => {
    const image = await renderPrescription([
      'Dr. Hanna Weber',
      'License: LANR-123456789',
      'Amoxicillin 500 mg capsules qty 2 refills 0',
      'Metformin 500 mg tablet qty 3 refills 1 - one tablet twice daily',
    ]);
    const { body } = await stack.request<ScanResult>(
      SCAN,
      { image: image.toString('base64') },
      patient.accessToken,
    );
    expect(body.errors).toBeUndefined();
    const scan = body.data!.scanPrescription;
    expect(scan.prescriberName).toContain('Hanna Weber');
    expect(scan.prescriberLicense).toContain('123456789');
    expect(scan.items.map((i) => [i.medication?.id, i.quantity, i.refills])).toEqual([
      [medicationIdOf('amoxicillin-500mg-capsule'), 2, 0],
      [medicationIdOf('metformin-500mg-tablet'), 3, 1],
    ]);

    const upload = await stack.request<{
      uploadPrescription: { status: string; items: { medication: { name: string } }[] };
    }>(
      `mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { status items { medication { name } } } }`,
      {
        input: {
          prescriberName: scan.prescriberName,
          prescriberLicense: scan.prescriberLicense,
          issuedAt: new Date(Date.now() - 3_600_000).toISOString(),
          items: scan.items.map((i) => ({
            medicationId: i.medication!.id,
            quantity: i.quantity,
            refills: i.refills,
          })),
        },
      },
      patient.accessToken,
    );
    expect(upload.body.errors).toBeUndefined();
    expect(upload.body.data!.uploadPrescription.status).toBe('SUBMITTED');
  });

  it('refuses what is not an image, and anonymous callers', async () => {
    const text = Buffer.from('GIF89a not really').toString('base64');
    const notImage = await stack.request(SCAN, { image: text }, patient.accessToken);
    expect(codes(notImage.body)).toEqual(['BAD_USER_INPUT']);
    const anonymous = await stack.request(SCAN, { image: text });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });
});
