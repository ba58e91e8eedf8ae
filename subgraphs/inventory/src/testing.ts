import { userCaller, type TestSubgraph } from '@pharmacy/testing';

/**
 * What tests and benchmarks outside inventory may use of it. The e2e consistency checks read
 * stock levels and reservations straight from its database, so they get its tables.
 */
export * as tables from './db/schema';

const ADD_PHARMACY = `mutation($input: PharmacyInput!) { addPharmacy(input: $input) { id } }`;

/** A new pharmacy in inventory, added by an admin as the API would; its id. */
export async function addPharmacy(
  inventory: Pick<TestSubgraph<Record<string, unknown>, unknown>, 'call'>,
): Promise<string> {
  const input = { name: `Test pharmacy ${crypto.randomUUID()}`, address: 'Torstraße 1, Berlin' };
  const result = await inventory.call<{ addPharmacy: { id: string } }>(
    userCaller('ADMIN'),
    ADD_PHARMACY,
    { input: { ...input, latitude: 52.52, longitude: 13.4 } },
  );
  if (!result.data) throw new Error(`addPharmacy failed: ${JSON.stringify(result.errors)}`);
  return result.data.addPharmacy.id;
}
