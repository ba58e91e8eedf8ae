import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  service,
  upload,
  user,
  usePrescriptions,
  verifiedPrescription,
} from './fixtures';

const sg = usePrescriptions();

const TAKE = `mutation($orderId: ID!, $prescriptionId: ID!, $patientId: ID!, $lines: [PrescriptionLineInput!]!) {
  takePrescriptionQuantity(orderId: $orderId, prescriptionId: $prescriptionId, patientId: $patientId, lines: $lines) {
    orderId prescriptionId status lines { medicationId prescriptionItemId quantity } } }`;
const RETURN = `mutation($orderId: ID!) { returnPrescriptionQuantity(orderId: $orderId) {
  orderId prescriptionId status lines { quantity } } }`;

type Verified = Awaited<ReturnType<typeof verifiedPrescription>>;
const take = (rx: Verified, quantity: number, orderId = uuidv7(), patientId = rx.patient.userId) =>
  sg().call<{ takePrescriptionQuantity: { orderId: string; status: string; lines: unknown[] } }>(
    service,
    TAKE,
    {
      orderId,
      prescriptionId: rx.prescription.id,
      patientId,
      lines: [{ medicationId: rx.medicationId, quantity }],
    },
  );
const giveBack = (orderId: string) => sg().call(service, RETURN, { orderId });

async function remaining(rx: Verified): Promise<number | undefined> {
  const result = await sg().call<{ prescription: { items: { remainingQuantity: number }[] } }>(
    rx.patient,
    `query($id: ID!) { prescription(id: $id) { items { remainingQuantity } } }`,
    { id: rx.prescription.id },
  );
  return result.data?.prescription.items[0]?.remainingQuantity;
}

describe('taking and returning prescription quantity', () => {
  it('counts quantity x (1 + refills), minus what is taken and not returned', async () => {
    const rx = await verifiedPrescription(sg(), 10, 2);
    expect(await remaining(rx)).toBe(30);
    const orderId = uuidv7();
    const taken = await take(rx, 12, orderId);
    expect(taken.data?.takePrescriptionQuantity).toEqual({
      orderId,
      prescriptionId: rx.prescription.id,
      status: 'TAKEN',
      lines: [
        {
          medicationId: rx.medicationId,
          prescriptionItemId: rx.prescription.items[0]!.id,
          quantity: 12,
        },
      ],
    });
    expect((await take(rx, 18)).errors).toBeUndefined();
    expect(await remaining(rx)).toBe(0);
    expect((await giveBack(orderId)).data).toMatchObject({
      returnPrescriptionQuantity: { status: 'RETURNED' },
    });
    expect(await remaining(rx)).toBe(12);
  });

  it('takes once per order id and returns once', async () => {
    const rx = await verifiedPrescription(sg(), 5);
    const orderId = uuidv7();
    const first = await take(rx, 2, orderId);
    expect(await take(rx, 2, orderId)).toEqual(first);
    expect(await remaining(rx)).toBe(3);
    expect(errorCodeOf(await take(rx, 3, orderId))).toBe('IDEMPOTENCY_KEY_REUSED');
    const returned = await giveBack(orderId);
    expect(await giveBack(orderId)).toEqual(returned);
    expect(await remaining(rx)).toBe(5);
    // A replay after the return still answers with that order's take and takes nothing.
    expect((await take(rx, 2, orderId)).data?.takePrescriptionQuantity.status).toBe('RETURNED');
    expect(await remaining(rx)).toBe(5);
  });

  it('takes once when the same order arrives several times at once', async () => {
    const rx = await verifiedPrescription(sg(), 5);
    const orderId = uuidv7();
    const results = await Promise.all(Array.from({ length: 5 }, () => take(rx, 2, orderId)));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]?.errors).toBeUndefined();
    expect(await remaining(rx)).toBe(3);
  });

  it('treats returning an unknown order as done', async () => {
    const orderId = uuidv7();
    expect((await giveBack(orderId)).data).toEqual({
      returnPrescriptionQuantity: { orderId, prescriptionId: null, status: 'RETURNED', lines: [] },
    });
  });

  it('refuses a prescription that is not valid for the order', async () => {
    const rx = await verifiedPrescription(sg(), 5);
    const refusal = async (result: Promise<unknown>, message: RegExp) => {
      const awaited = (await result) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      expect(awaited.errors?.[0]?.extensions?.code).toBe('PRESCRIPTION_INVALID');
      expect(awaited.errors?.[0]?.message).toMatch(message);
    };
    await refusal(take(rx, 6), /Only 5 .* remain/);
    await refusal(take(rx, 1, uuidv7(), user('PATIENT').userId), /not the patient's own/);
    await refusal(take({ ...rx, medicationId: uuidv7() }, 1), /does not contain medication/);
    await refusal(
      take({ ...rx, prescription: { ...rx.prescription, id: uuidv7() } }, 1),
      /not found/,
    );
    const patient = user('PATIENT');
    const submitted = await upload(sg(), patient, {
      items: [{ medicationId: rx.medicationId, quantity: 5 }],
    });
    await refusal(take({ ...rx, patient, prescription: submitted }, 1), /SUBMITTED, not VERIFIED/);
    const expired = await upload(sg(), patient, {
      issuedAt: '2024-01-01T00:00:00Z',
      expiresAt: '2024-02-01T00:00:00Z',
      items: [{ medicationId: rx.medicationId, quantity: 5 }],
    });
    await refusal(take({ ...rx, patient, prescription: expired }, 1), /expired/);
    expect(await remaining(rx)).toBe(5);
  });

  it('lets exactly the available quantity go to 20 concurrent orders', async () => {
    const rx = await verifiedPrescription(sg(), 5, 0);
    const results = await Promise.all(Array.from({ length: 20 }, () => take(rx, 1)));
    const codes = results.map((result) => errorCodeOf(result) ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'PRESCRIPTION_INVALID')).toHaveLength(15);
    expect(await remaining(rx)).toBe(0);
  });

  it('keeps a used prescription from being deleted, even by an admin', async () => {
    const rx = await verifiedPrescription(sg(), 5);
    const orderId = uuidv7();
    await take(rx, 1, orderId);
    await giveBack(orderId);
    const del = `mutation($id: ID!) { deletePrescription(id: $id) }`;
    for (const caller of [rx.patient, user('ADMIN')]) {
      expect(errorCodeOf(await sg().call(caller, del, { id: rx.prescription.id }))).toBe(
        'CONFLICT',
      );
    }
  });
});
