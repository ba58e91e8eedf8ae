import { randomUUID } from 'node:crypto';
import type { Caller } from '@pharmacy/auth';
import {
  DEMO_PASSWORD,
  demoPharmacies,
  medicationIdOf,
  pharmacyIdOf,
  userIdOf,
} from '@pharmacy/demo';
import { PAID_ORDER_TOTAL, writePaidOrder } from '@pharmacy/orders/testing';
import { writeApprovedPayment } from '@pharmacy/payments/testing';
import type { SubgraphStack } from './stack';

/** Setup data for the benchmark, written through the subgraphs or straight into their databases. */

export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLBody<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** A signed-in user (a patient, or a pharmacist for the subscriptions). */
export interface Patient {
  userId: string;
  token: string;
  caller: Caller;
}

const SESSION = 'accessToken user { id role }';
type Session = { accessToken: string; user: { id: string; role: 'PATIENT' | 'PHARMACIST' } };

const asPatient = (session: Session): Patient => ({
  userId: session.user.id,
  token: session.accessToken,
  caller: { kind: 'user', userId: session.user.id, role: session.user.role, pharmacyIds: [] },
});

export async function loginDemoPatient(stack: SubgraphStack): Promise<Patient> {
  const result = await stack.subgraphs.users.call<{ login: Session }>(
    { kind: 'anonymous' },
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${SESSION} } }`,
    { e: 'patient@demo.pharmacy', p: DEMO_PASSWORD },
  );
  if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  return asPatient(result.data.login);
}

export async function registerPatient(stack: SubgraphStack, name: string): Promise<Patient> {
  const result = await stack.subgraphs.users.call<{ register: Session }>(
    { kind: 'anonymous' },
    `mutation($input: RegisterInput!) { register(input: $input) { ${SESSION} } }`,
    {
      input: {
        email: `bench-${randomUUID()}@example.test`,
        password: 'a long bench password',
        name,
      },
    },
  );
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  return asPatient(result.data.register);
}

/**
 * Gives the patient `count` more prescriptions (two items each) and paid orders (two lines, a
 * payment approval each), as e2e/headline.test.ts does.
 */
export async function addHistory(stack: SubgraphStack, patient: Patient, count: number) {
  const orders = stack.subgraphs.orders.runtime.db;
  const payments = stack.subgraphs.payments.runtime.db;
  for (let i = 0; i < count; i++) {
    const upload = await stack.subgraphs.prescriptions.call<{ uploadPrescription: { id: string } }>(
      patient.caller,
      `mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { id } }`,
      {
        input: {
          prescriberName: 'Dr. Bench',
          prescriberLicense: 'LANR-1',
          issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
          items: [
            { medicationId: medicationIdOf('metformin-500mg-tablet'), quantity: 60, refills: 1 },
            { medicationId: medicationIdOf('lisinopril-10mg-tablet'), quantity: 30 },
          ],
        },
      },
    );
    if (!upload.data) throw new Error(`upload failed: ${JSON.stringify(upload.errors)}`);
    const orderId = await writePaidOrder(orders, {
      customerId: patient.userId,
      pharmacyId: pharmacyIdOf(demoPharmacies[i % demoPharmacies.length]!.key),
      prescriptionId: upload.data.uploadPrescription.id,
      actor: 'bench',
    });
    await writeApprovedPayment(payments, {
      orderId,
      payerId: patient.userId,
      amount: PAID_ORDER_TOTAL,
    });
  }
}

/** A fresh pharmacist: registered, promoted by the demo admin, signed in again for a new token. */
export async function registerPharmacist(stack: SubgraphStack, name: string): Promise<Patient> {
  const email = `bench-${randomUUID()}@example.test`;
  const password = 'a long bench password';
  const users = stack.subgraphs.users;
  const created = await users.call<{ register: Session }>(
    { kind: 'anonymous' },
    `mutation($input: RegisterInput!) { register(input: $input) { ${SESSION} } }`,
    { input: { email, password, name } },
  );
  if (!created.data) throw new Error(`register failed: ${JSON.stringify(created.errors)}`);
  const promoted = await users.call(
    { kind: 'user', userId: userIdOf('admin'), role: 'ADMIN', pharmacyIds: [] },
    'mutation($id: ID!) { setUserRole(userId: $id, role: PHARMACIST) { id } }',
    { id: created.data.register.user.id },
  );
  if (promoted.errors) throw new Error(`setUserRole failed: ${JSON.stringify(promoted.errors)}`);
  const session = await users.call<{ login: Session }>(
    { kind: 'anonymous' },
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${SESSION} } }`,
    { e: email, p: password },
  );
  if (!session.data) throw new Error(`login failed: ${JSON.stringify(session.errors)}`);
  return asPatient(session.data.login);
}
