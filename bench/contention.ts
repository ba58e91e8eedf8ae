import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Caller } from '@pharmacy/auth';
import { userIdOf } from '@pharmacy/demo';
import { tables as ordersDb } from '@pharmacy/orders/testing';
import { gql, registerPatient, type Patient } from './data';
import type { GatewayProcess } from './gateways';
import type { SubgraphStack } from './stack';
import { summarize, type Summary } from './stats';

export type ContentionResult =
  | { skipped: string }
  | {
      calls: number;
      customers: number;
      stock: number;
      placed: number;
      outcomes: Record<string, number>;
      wallMs: number;
      latencyMs: Summary;
      finalAvailable: number;
      placedRowsInDatabase: number;
      oversold: boolean;
    };

const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceOrderInput!, $key: String) {
    placeOrder(input: $input, idempotencyKey: $key) {
      id
      status
      total {
        amount
      }
    }
  }
`;

const admin: Caller = { kind: 'user', userId: userIdOf('admin'), role: 'ADMIN', pharmacyIds: [] };

async function inventory<T>(
  stack: SubgraphStack,
  query: string,
  variables: Record<string, unknown>,
) {
  const result = await stack.subgraphs.inventory.call<T>(admin, query, variables);
  if (!result.data) throw new Error(`inventory setup failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A fresh pharmacy with `stock` units of a fresh OTC medicine, so no other order touches it. */
async function openShop(stack: SubgraphStack, stock: number) {
  const tag = randomUUID().slice(0, 8);
  const { addPharmacy } = await inventory<{ addPharmacy: { id: string } }>(
    stack,
    'mutation($input: PharmacyInput!) { addPharmacy(input: $input) { id } }',
    {
      input: {
        name: `Bench Pharmacy ${tag}`,
        address: 'Benchstraße 3, Berlin',
        latitude: 52.5,
        longitude: 13.4,
      },
    },
  );
  const { addMedication } = await inventory<{ addMedication: { id: string } }>(
    stack,
    'mutation($input: MedicationInput!) { addMedication(input: $input) { id } }',
    {
      input: {
        name: `Bench OTC ${tag}`,
        form: 'tablet',
        strength: '10 mg',
        requiresPrescription: false,
        price: 399,
        currency: 'EUR',
      },
    },
  );
  await inventory(
    stack,
    'mutation($p: ID!, $m: ID!, $q: Int!) { setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable } }',
    { p: addPharmacy.id, m: addMedication.id, q: stock },
  );
  return { pharmacyId: addPharmacy.id, medicationId: addMedication.id };
}

async function available(stack: SubgraphStack, pharmacyId: string, medicationId: string) {
  const { pharmacy } = await inventory<{ pharmacy: { stock: { quantityAvailable: number }[] } }>(
    stack,
    'query($id: ID!, $m: [ID!]) { pharmacy(id: $id) { stock(medicationIds: $m) { quantityAvailable } } }',
    { id: pharmacyId, m: [medicationId] },
  );
  return pharmacy.stock[0]?.quantityAvailable ?? 0;
}

/**
 * `calls` placeOrder calls at once through the gateway, one unit each, from `customers` patients,
 * for the last `stock` units of one medicine. Skipped when the supergraph has no placeOrder yet.
 */
export async function measureContention(
  stack: SubgraphStack,
  gateway: GatewayProcess,
  supergraphSdl: string,
  options: { calls: number; customers: number; stock: number },
): Promise<ContentionResult> {
  if (!/\bplaceOrder\(/.test(supergraphSdl)) return { skipped: 'placeOrder not available' };
  const shop = await openShop(stack, options.stock);
  const patients: Patient[] = [];
  for (let i = 0; i < options.customers; i++)
    patients.push(await registerPatient(stack, `Bench Buyer ${i}`));
  const input = {
    pharmacyId: shop.pharmacyId,
    lines: [{ medicationId: shop.medicationId, quantity: 1 }],
    deliveryAddress: 'Benchstraße 4, Berlin',
  };
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: options.calls }, async (_, i) => {
      const patient = patients[i % patients.length]!;
      const sent = performance.now();
      const body = await gql<{ placeOrder: { id: string } }>(
        gateway.url,
        PLACE,
        { input, key: randomUUID() },
        { authorization: `Bearer ${patient.token}` },
      );
      latencies.push(performance.now() - sent);
      return body;
    }),
  );
  const wallMs = performance.now() - started;
  for (const body of results) {
    const outcome = body.data?.placeOrder
      ? 'PLACED'
      : String(body.errors?.[0]?.extensions?.code ?? 'UNKNOWN');
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  const missing = results.find(
    (b) => b.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
  );
  if (missing) return { skipped: 'placeOrder not available' };
  const orders = stack.subgraphs.orders.runtime.db;
  const rows = await orders
    .select({ id: ordersDb.orders.id })
    .from(ordersDb.orders)
    .where(
      and(eq(ordersDb.orders.pharmacyId, shop.pharmacyId), eq(ordersDb.orders.placement, 'PLACED')),
    );
  const placed = outcomes.PLACED ?? 0;
  const finalAvailable = await available(stack, shop.pharmacyId, shop.medicationId);
  return {
    calls: options.calls,
    customers: options.customers,
    stock: options.stock,
    placed,
    outcomes,
    wallMs: Math.round(wallMs),
    latencyMs: summarize(latencies),
    finalAvailable,
    placedRowsInDatabase: rows.length,
    oversold:
      placed > options.stock || finalAvailable !== options.stock - placed || finalAvailable < 0,
  };
}
