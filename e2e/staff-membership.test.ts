import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, registerPatient, userWithRole, type Session } from './helpers';
import {
  addPharmacy,
  adminSession,
  ASSIGN_STAFF,
  assignStaff,
  openBranch,
  staffMember,
  UNASSIGN_STAFF,
} from './staff';
import { startStack, type Stack } from './stack';

let stack: Stack;
let admin: Session;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  admin = await adminSession(stack);
});
afterAll(() => stack?.stop());

const MEMBERSHIP = /* GraphQL */ `
  query ($u: ID!, $p: ID!) {
    user(id: $u) {
      role
      pharmacies {
        id
      }
    }
    pharmacy(id: $p) {
      staff {
        id
      }
    }
  }
`;
interface Membership {
  user: { role: string; pharmacies: { id: string }[] };
  pharmacy: { staff: { id: string }[] };
}
const membership = (userId: string, pharmacyId: string) =>
  gql<Membership>(stack, admin, MEMBERSHIP, { u: userId, p: pharmacyId });

describe('staff membership', () => {
  it('assigns a pharmacist and a courier, again with no change, and unassigns them', async () => {
    const pharmacyId = await addPharmacy(stack, admin);
    const pharmacist = await staffMember(stack, admin, 'PHARMACIST', [pharmacyId]);
    const courier = await staffMember(stack, admin, 'COURIER', [pharmacyId]);
    await assignStaff(stack, admin, pharmacist.user.id, pharmacyId);
    const both = await membership(pharmacist.user.id, pharmacyId);
    expect(both.user).toEqual({ role: 'PHARMACIST', pharmacies: [{ id: pharmacyId }] });
    expect(both.pharmacy.staff.map((s) => s.id).sort()).toEqual(
      [pharmacist.user.id, courier.user.id].sort(),
    );
    // The pharmacy's own pharmacist sees who works there.
    const own = await gql<Membership>(stack, pharmacist, MEMBERSHIP, {
      u: pharmacist.user.id,
      p: pharmacyId,
    });
    expect(own.pharmacy.staff).toHaveLength(2);

    await gql(stack, admin, UNASSIGN_STAFF, { u: courier.user.id, p: pharmacyId });
    const left = await membership(courier.user.id, pharmacyId);
    expect(left.user.pharmacies).toEqual([]);
    expect(left.pharmacy.staff).toEqual([{ id: pharmacist.user.id }]);
  });

  it('is for admins only', async () => {
    const { pharmacyId, pharmacist } = await openBranch(stack, admin);
    const elsewhere = await addPharmacy(stack, admin);
    const patient = await registerPatient(stack);
    for (const who of [pharmacist, patient]) {
      const { body } = await stack.request(
        ASSIGN_STAFF,
        { u: pharmacist.user.id, p: elsewhere },
        who.accessToken,
      );
      expect(codes(body)).toEqual(['FORBIDDEN']);
      const out = await stack.request(
        UNASSIGN_STAFF,
        { u: pharmacist.user.id, p: pharmacyId },
        who.accessToken,
      );
      expect(codes(out.body)).toEqual(['FORBIDDEN']);
    }
    expect(
      (await stack.request(ASSIGN_STAFF, { u: pharmacist.user.id, p: elsewhere })).body,
    ).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await membership(pharmacist.user.id, pharmacyId)).user.pharmacies).toEqual([
      { id: pharmacyId },
    ]);
  });

  it('refuses a patient, an admin, an unknown user or pharmacy, and changes nothing', async () => {
    const pharmacyId = await addPharmacy(stack, admin);
    const pharmacist = await staffMember(stack, admin, 'PHARMACIST', [pharmacyId]);
    const patient = await registerPatient(stack);
    const otherAdmin = await userWithRole(stack, 'ADMIN');
    const cases: [string, string, string, string][] = [
      ['a patient', patient.user.id, pharmacyId, 'BAD_USER_INPUT'],
      ['an admin', otherAdmin.user.id, pharmacyId, 'BAD_USER_INPUT'],
      ['an unknown user', randomUUID(), pharmacyId, 'NOT_FOUND'],
      ['an unknown pharmacy', pharmacist.user.id, randomUUID(), 'NOT_FOUND'],
      ['a pharmacy id that is no id', pharmacist.user.id, 'nope', 'NOT_FOUND'],
    ];
    for (const [name, userId, target, code] of cases) {
      const { body } = await stack.request(
        ASSIGN_STAFF,
        { u: userId, p: target },
        admin.accessToken,
      );
      expect(codes(body), name).toEqual([code]);
    }
    const after = await membership(pharmacist.user.id, pharmacyId);
    expect(after.pharmacy.staff).toEqual([{ id: pharmacist.user.id }]);
    expect(after.user.pharmacies).toEqual([{ id: pharmacyId }]);
    for (const who of [patient, otherAdmin])
      expect((await membership(who.user.id, pharmacyId)).user.pharmacies).toEqual([]);
  });
});
