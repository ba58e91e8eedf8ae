import { describe, expect, it } from 'vitest';
import { demoOrder, demoPrescription, userIdOf } from '@pharmacy/demo';
import { testConfig } from '@pharmacy/testing';
import { seedPrescriptions } from '../seed';
import { usePrescriptions } from './fixtures';

// The seed writes only into an empty database; on a shared PostgreSQL test database it would not.
describe.skipIf(Boolean(testConfig('prescriptions').database.url))('demo seed', () => {
  const sg = usePrescriptions();

  it("writes the demo patient's verified prescription and the demo order's take, once", async () => {
    await Promise.all([seedPrescriptions(sg().runtime.db), seedPrescriptions(sg().runtime.db)]);
    await seedPrescriptions(sg().runtime.db);
    const result = await sg().call<{ prescription: unknown }>(
      { kind: 'user', userId: userIdOf('patient'), role: 'PATIENT' },
      `query($id: ID!) { prescription(id: $id) { status verifiedBy { id } items { id quantity refills remainingQuantity } } }`,
      { id: demoPrescription.id },
    );
    const taken = new Map(demoOrder.lines.map((line) => [line.prescriptionItemId, line.quantity]));
    expect(result.data?.prescription).toEqual({
      status: 'VERIFIED',
      verifiedBy: { id: userIdOf('pharmacist') },
      items: demoPrescription.items
        .map((item) => ({
          id: item.id,
          quantity: item.quantity,
          refills: item.refills,
          remainingQuantity: item.quantity * (1 + item.refills) - (taken.get(item.id) ?? 0),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    });
  });
});
