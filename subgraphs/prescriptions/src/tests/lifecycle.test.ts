import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  PRESCRIPTION_FIELDS,
  upload,
  user,
  usePrescriptions,
  verify,
  type PrescriptionView,
} from './fixtures';

const sg = usePrescriptions();

const READ = `query($id: ID!) { prescription(id: $id) { ${PRESCRIPTION_FIELDS} } }`;
const VERIFY = `mutation($id: ID!) { verifyPrescription(id: $id) { id status verifiedBy { id } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectPrescription(id: $id, reason: $reason) { id status rejectionReason verifiedBy { id } } }`;
const DELETE = `mutation($id: ID!) { deletePrescription(id: $id) }`;

describe('prescription lifecycle', () => {
  it('uploads as SUBMITTED for the caller, valid for a year by default', async () => {
    const patient = user('PATIENT');
    const medicationId = uuidv7();
    const issuedAt = '2026-01-10T08:00:00.000Z';
    const created = await upload(sg(), patient, {
      issuedAt,
      items: [{ medicationId, quantity: 3 }],
    });
    expect(created).toMatchObject({
      status: 'SUBMITTED',
      issuedAt,
      expiresAt: '2027-01-10T08:00:00.000Z',
      patient: { id: patient.userId },
      verifiedBy: null,
      items: [{ medication: { id: medicationId }, quantity: 3, refills: 0, remainingQuantity: 3 }],
    });
    const read = await sg().call<{ prescription: PrescriptionView }>(patient, READ, {
      id: created.id,
    });
    expect(read.data?.prescription).toEqual(created);
  });

  it('is verified by a pharmacist, once', async () => {
    const created = await upload(sg(), user('PATIENT'));
    const pharmacist = user('PHARMACIST');
    const verified = await sg().call(pharmacist, VERIFY, { id: created.id });
    expect(verified.data).toEqual({
      verifyPrescription: {
        id: created.id,
        status: 'VERIFIED',
        verifiedBy: { id: pharmacist.userId },
      },
    });
    const again = await sg().call(pharmacist, VERIFY, { id: created.id });
    expect(errorCodeOf(again)).toBe('INVALID_STATUS_TRANSITION');
    const reject = await sg().call(pharmacist, REJECT, { id: created.id, reason: 'Too late' });
    expect(errorCodeOf(reject)).toBe('INVALID_STATUS_TRANSITION');
  });

  it('is rejected with a reason, and then cannot be verified', async () => {
    const created = await upload(sg(), user('PATIENT'));
    const admin = user('ADMIN');
    const blank = await sg().call(admin, REJECT, { id: created.id, reason: '   ' });
    expect(errorCodeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.message).toMatch(/reason/);
    const rejected = await sg().call(admin, REJECT, {
      id: created.id,
      reason: ' Illegible signature ',
    });
    expect(rejected.data?.rejectPrescription).toEqual({
      id: created.id,
      status: 'REJECTED',
      rejectionReason: 'Illegible signature',
      verifiedBy: { id: admin.userId },
    });
    expect(errorCodeOf(await sg().call(admin, VERIFY, { id: created.id }))).toBe(
      'INVALID_STATUS_TRANSITION',
    );
  });

  it('reads as EXPIRED past expiresAt, cannot be verified and is listed as EXPIRED', async () => {
    const patient = user('PATIENT');
    const created = await upload(sg(), patient, {
      issuedAt: '2024-01-01T00:00:00Z',
      expiresAt: '2024-06-01T00:00:00Z',
    });
    expect(created.status).toBe('EXPIRED');
    const refused = await sg().call(user('PHARMACIST'), VERIFY, { id: created.id });
    expect(errorCodeOf(refused)).toBe('INVALID_STATUS_TRANSITION');
    expect(refused.errors?.[0]?.message).toMatch(/EXPIRED/);
    const list = `query($s: PrescriptionStatus) { prescriptions(status: $s) { id status } }`;
    const expired = await sg().call<{ prescriptions: { id: string }[] }>(patient, list, {
      s: 'EXPIRED',
    });
    expect(expired.data?.prescriptions).toEqual([{ id: created.id, status: 'EXPIRED' }]);
    const submitted = await sg().call<{ prescriptions: { id: string }[] }>(patient, list, {
      s: 'SUBMITTED',
    });
    expect(submitted.data?.prescriptions).toEqual([]);
  });

  it('lists newest first, filtered by status', async () => {
    const patient = user('PATIENT');
    const first = await upload(sg(), patient);
    const second = await upload(sg(), patient);
    await verify(sg(), first.id);
    const all = await sg().call(patient, `{ prescriptions { id } }`);
    expect(all.data).toEqual({ prescriptions: [{ id: second.id }, { id: first.id }] });
    const verified = await sg().call(patient, `{ prescriptions(status: VERIFIED) { id } }`);
    expect(verified.data).toEqual({ prescriptions: [{ id: first.id }] });
  });

  it('is deleted by its owner, and then not found', async () => {
    const patient = user('PATIENT');
    const created = await upload(sg(), patient);
    expect((await sg().call(patient, DELETE, { id: created.id })).data).toEqual({
      deletePrescription: true,
    });
    expect((await sg().call(patient, READ, { id: created.id })).data).toEqual({
      prescription: null,
    });
    expect(errorCodeOf(await sg().call(patient, DELETE, { id: created.id }))).toBe('NOT_FOUND');
  });

  it('answers unknown and malformed ids with null or NOT_FOUND', async () => {
    const admin = user('ADMIN');
    expect((await sg().call(admin, READ, { id: uuidv7() })).data).toEqual({ prescription: null });
    expect((await sg().call(admin, READ, { id: 'not-a-uuid' })).data).toEqual({
      prescription: null,
    });
    for (const id of [uuidv7(), 'not-a-uuid']) {
      expect(errorCodeOf(await sg().call(admin, VERIFY, { id }))).toBe('NOT_FOUND');
      expect(errorCodeOf(await sg().call(admin, REJECT, { id, reason: 'x' }))).toBe('NOT_FOUND');
      expect(errorCodeOf(await sg().call(admin, DELETE, { id }))).toBe('NOT_FOUND');
    }
  });
});
