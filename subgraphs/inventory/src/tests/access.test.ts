import { expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import {
  anonymous,
  errorCodeOf,
  insertMedication,
  insertPharmacy,
  pharmacistOf,
  service,
  user,
  useInventory,
} from './fixtures';

const medicationInput = (name = 'Access 5 mg tablets') => ({
  name,
  genericName: 'access',
  form: 'tablet',
  strength: '5 mg',
  requiresPrescription: false,
  price: 350,
  currency: 'EUR',
});
const pharmacyInput = {
  name: 'Access Pharmacy',
  address: 'Main Street 1',
  latitude: 1,
  longitude: 2,
};

const inventory = useInventory();

/** Each mutation, with fresh rows to act on. */
async function mutations() {
  const { db } = inventory();
  const [medication, pharmacy] = [await insertMedication(db), await insertPharmacy(db)];
  const operations = {
    addMedication: [
      `mutation($i: MedicationInput!) { addMedication(input: $i) { id } }`,
      { i: medicationInput() },
    ],
    updateMedication: [
      `mutation($id: ID!, $i: MedicationInput!) { updateMedication(id: $id, input: $i) { id } }`,
      { id: medication.id, i: medicationInput('Renamed 5 mg tablets') },
    ],
    deleteMedication: [`mutation($id: ID!) { deleteMedication(id: $id) }`, { id: medication.id }],
    setStock: [
      `mutation($p: ID!, $m: ID!) { setStock(pharmacyId: $p, medicationId: $m, quantity: 4) { quantityAvailable } }`,
      { p: pharmacy.id, m: medication.id },
    ],
  } satisfies Record<string, [string, Record<string, unknown>]>;
  // A pharmacist who works for the pharmacy that setStock acts on.
  return Object.assign(operations, { pharmacist: pharmacistOf(pharmacy.id) });
}
const run = async (caller: Caller, [query, variables]: [string, Record<string, unknown>]) =>
  inventory().subgraph.call(caller, query, variables);

// The catalogue is every pharmacist's; stock their own pharmacy's (see stock-access.test.ts).
it('lets pharmacists and admins change the catalogue and stock, nobody else', async () => {
  for (const name of [
    'addMedication',
    'updateMedication',
    'deleteMedication',
    'setStock',
  ] as const) {
    expect(errorCodeOf(await run(anonymous, (await mutations())[name])), name).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCodeOf(await run(user('PATIENT'), (await mutations())[name])), name).toBe(
      'FORBIDDEN',
    );
    expect(errorCodeOf(await run(user('COURIER'), (await mutations())[name])), name).toBe(
      'FORBIDDEN',
    );
    const own = await mutations();
    const pharmacist = name === 'setStock' ? own.pharmacist : user('PHARMACIST');
    expect((await run(pharmacist, own[name])).errors, name).toBeUndefined();
    expect((await run(user('ADMIN'), (await mutations())[name])).errors, name).toBeUndefined();
  }
});

it('lets only admins add pharmacies', async () => {
  const add: [string, Record<string, unknown>] = [
    `mutation($i: PharmacyInput!) { addPharmacy(input: $i) { id name latitude } }`,
    { i: pharmacyInput },
  ];
  expect(errorCodeOf(await run(anonymous, add))).toBe('UNAUTHENTICATED');
  expect(errorCodeOf(await run(user('PATIENT'), add))).toBe('FORBIDDEN');
  expect(errorCodeOf(await run(user('PHARMACIST'), add))).toBe('FORBIDDEN');
  const added = await run(user('ADMIN'), add);
  expect(added.data).toMatchObject({ addPharmacy: { name: 'Access Pharmacy', latitude: 1 } });
});

it('accepts the order flow operations only from services', async () => {
  const operations = [
    `mutation { releaseStock(orderId: "${crypto.randomUUID()}") { status } }`,
    `mutation { commitStock(orderId: "${crypto.randomUUID()}") { status } }`,
    `mutation { reserveStock(orderId: "${crypto.randomUUID()}", pharmacyId: "${crypto.randomUUID()}", lines: []) { status } }`,
  ];
  for (const query of operations) {
    for (const caller of [anonymous, user('PATIENT'), user('PHARMACIST'), user('ADMIN')]) {
      expect(errorCodeOf(await run(caller, [query, {}])), query).toBe('FORBIDDEN');
    }
  }
  expect((await run(service, [operations[0]!, {}])).data).toEqual({
    releaseStock: { status: 'RELEASED' },
  });
});

it('refuses invalid catalogue input and unknown ids', async () => {
  const admin = user('ADMIN');
  const add = (i: Record<string, unknown>) =>
    run(admin, [`mutation($i: MedicationInput!) { addMedication(input: $i) { id } }`, { i }]);
  expect(errorCodeOf(await add({ ...medicationInput(), name: '  ' }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await add({ ...medicationInput(), form: '' }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await add({ ...medicationInput(), price: -1 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await add({ ...medicationInput(), price: 1.5 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await add({ ...medicationInput(), currency: 'eur' }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await add({ ...medicationInput(), currency: 'EURO' }))).toBe('BAD_USER_INPUT');
  const addPharmacy = (i: Record<string, unknown>) =>
    run(admin, [`mutation($i: PharmacyInput!) { addPharmacy(input: $i) { id } }`, { i }]);
  expect(errorCodeOf(await addPharmacy({ ...pharmacyInput, latitude: 91 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await addPharmacy({ ...pharmacyInput, address: '' }))).toBe('BAD_USER_INPUT');
  for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
    const { updateMedication, deleteMedication, setStock } = await mutations();
    expect(
      errorCodeOf(await run(admin, [updateMedication[0], { ...updateMedication[1], id }])),
    ).toBe('NOT_FOUND');
    expect(errorCodeOf(await run(admin, [deleteMedication[0], { id }]))).toBe('NOT_FOUND');
    expect(errorCodeOf(await run(admin, [setStock[0], { ...setStock[1], m: id }]))).toBe(
      'NOT_FOUND',
    );
    expect(errorCodeOf(await run(admin, [setStock[0], { ...setStock[1], p: id }]))).toBe(
      'NOT_FOUND',
    );
    const read = await run(anonymous, [
      `query($id: ID!) { medication(id: $id) { id } pharmacy(id: $id) { id } }`,
      { id },
    ]);
    expect(read).toEqual({ data: { medication: null, pharmacy: null } });
  }
});
