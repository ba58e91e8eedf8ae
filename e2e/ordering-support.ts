import { randomUUID } from 'node:crypto';
import { gql, login, registerPatient, type Session } from './helpers';
import { addPharmacy, assignStaff } from './staff';
import type { Stack } from './stack';

/** Shared fixtures and GraphQL calls of the ordering tests (e2e/ordering*.test.ts). */

export { gql };

export const ORDER_FIELDS = `id status cancelReason paymentDueAt total { amount currency }
  lines { medication { id } quantity unitPrice { amount } lineTotal { amount } }
  statusHistory { status } courier { id } prescription { id } payment { id status }`;
export const APPROVAL_FIELDS =
  'id status method failureReason amount { amount currency } order { id }';

export interface OrderView {
  id: string;
  status: string;
  cancelReason: string | null;
  paymentDueAt: string | null;
  total: { amount: number; currency: string };
  lines: { medication: { id: string }; quantity: number; unitPrice: { amount: number } }[];
  statusHistory: { status: string }[];
  courier: { id: string } | null;
  prescription: { id: string } | null;
  payment: { id: string; status: string } | null;
}
export interface ApprovalView {
  id: string;
  status: string;
  method: string | null;
  failureReason: string | null;
  amount: { amount: number; currency: string };
  order: { id: string };
}

export interface Staff {
  admin: Session;
  pharmacist: Session;
  courier: Session;
}

export async function demoStaff(stack: Stack): Promise<Staff> {
  const [admin, pharmacist, courier] = await Promise.all(
    ['admin', 'pharmacist', 'courier'].map((who) => login(stack, `${who}@demo.pharmacy`)),
  );
  return { admin: admin!, pharmacist: pharmacist!, courier: courier! };
}

export interface Shop {
  pharmacyId: string;
  /** Prescription-only, 1250 a pack. */
  rx: string;
  /** Over the counter, 399 a pack. */
  otc: string;
  initialStock: Map<string, number>;
}

/** A fresh pharmacy with a fresh Rx and OTC medicine in stock, so tests never share stock. */
export async function openShop(
  stack: Stack,
  staff: Staff,
  stock = { rx: 20, otc: 20 },
): Promise<Shop> {
  const tag = randomUUID().slice(0, 8);
  const pharmacyId = await addPharmacy(stack, staff.admin, `Test Pharmacy ${tag}`);
  // Staff act only on the pharmacies they work for.
  await Promise.all(
    [staff.pharmacist, staff.courier].map((who) =>
      assignStaff(stack, staff.admin, who.user.id, pharmacyId),
    ),
  );
  const medication = async (requiresPrescription: boolean, price: number) => {
    const { addMedication } = await gql<{ addMedication: { id: string } }>(
      stack,
      staff.pharmacist,
      'mutation($input: MedicationInput!) { addMedication(input: $input) { id } }',
      {
        input: {
          name: `${requiresPrescription ? 'Rx' : 'OTC'} test ${tag}`,
          form: 'tablet',
          strength: '10 mg',
          requiresPrescription,
          price,
          currency: 'EUR',
        },
      },
    );
    return addMedication.id;
  };
  const [rx, otc] = await Promise.all([medication(true, 1250), medication(false, 399)]);
  const shop = { pharmacyId, rx, otc, initialStock: new Map<string, number>() };
  await setStock(stack, staff, shop, rx, stock.rx);
  await setStock(stack, staff, shop, otc, stock.otc);
  return shop;
}

export async function setStock(
  stack: Stack,
  staff: Staff,
  shop: Shop,
  medicationId: string,
  quantity: number,
) {
  await gql(
    stack,
    staff.pharmacist,
    'mutation($p: ID!, $m: ID!, $q: Int!) { setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable } }',
    { p: shop.pharmacyId, m: medicationId, q: quantity },
  );
  shop.initialStock.set(medicationId, quantity);
}

export async function available(stack: Stack, staff: Staff, shop: Shop, medicationId: string) {
  const { pharmacy } = await gql<{ pharmacy: { stock: { quantityAvailable: number }[] } }>(
    stack,
    staff.pharmacist,
    'query($id: ID!, $m: [ID!]) { pharmacy(id: $id) { stock(medicationIds: $m) { quantityAvailable } } }',
    { id: shop.pharmacyId, m: [medicationId] },
  );
  return pharmacy.stock[0]?.quantityAvailable ?? 0;
}

/** Uploaded by the patient and, unless `verify` is false, verified by the pharmacist. */
export async function prescriptionFor(
  stack: Stack,
  staff: Staff,
  patient: Session,
  items: { medicationId: string; quantity: number; refills?: number }[],
  verify = true,
): Promise<string> {
  const { uploadPrescription } = await gql<{ uploadPrescription: { id: string } }>(
    stack,
    patient,
    'mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { id } }',
    {
      input: {
        prescriberName: 'Dr. Test',
        prescriberLicense: 'LANR-999',
        issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
        items,
      },
    },
  );
  const id = uploadPrescription.id;
  if (verify)
    await gql(
      stack,
      staff.pharmacist,
      'mutation($id: ID!) { verifyPrescription(id: $id) { id } }',
      { id },
    );
  return id;
}

export async function remaining(stack: Stack, patient: Session, prescriptionId: string) {
  const { prescription } = await gql<{
    prescription: { items: { medication: { id: string }; remainingQuantity: number }[] };
  }>(
    stack,
    patient,
    'query($id: ID!) { prescription(id: $id) { items { medication { id } remainingQuantity } } }',
    {
      id: prescriptionId,
    },
  );
  return prescription.items[0]!.remainingQuantity;
}

export interface PlaceInput {
  pharmacyId: string;
  prescriptionId?: string | null;
  lines: { medicationId: string; quantity: number }[];
  deliveryAddress?: string;
}

export function place(
  stack: Stack,
  who: Session | null,
  input: PlaceInput,
  idempotencyKey?: string,
) {
  return stack.request<{ placeOrder: OrderView }>(
    `mutation($input: PlaceOrderInput!, $key: String) { placeOrder(input: $input, idempotencyKey: $key) { ${ORDER_FIELDS} } }`,
    { input: { deliveryAddress: 'Torstraße 1, Berlin', ...input }, key: idempotencyKey ?? null },
    who?.accessToken,
  );
}

export function pay(
  stack: Stack,
  who: Session,
  orderId: string,
  paymentMethod = 'pm_card_visa',
  key = randomUUID(),
) {
  return stack.request<{ payOrder: ApprovalView }>(
    `mutation($o: ID!, $m: String!, $k: String!) { payOrder(orderId: $o, paymentMethod: $m, idempotencyKey: $k) { ${APPROVAL_FIELDS} } }`,
    { o: orderId, m: paymentMethod, k: key },
    who.accessToken,
  );
}

export function setStatus(stack: Stack, who: Session, id: string, status: string) {
  return stack.request<{ updateOrderStatus: OrderView }>(
    `mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { ${ORDER_FIELDS} } }`,
    { id, s: status },
    who.accessToken,
  );
}

export function cancel(stack: Stack, who: Session, id: string, reason?: string) {
  return stack.request<{ cancelOrder: OrderView }>(
    `mutation($id: ID!, $r: String) { cancelOrder(id: $id, reason: $r) { ${ORDER_FIELDS} } }`,
    { id, r: reason ?? null },
    who.accessToken,
  );
}

export async function orderOf(stack: Stack, who: Session, id: string): Promise<OrderView | null> {
  const data = await gql<{ order: OrderView | null }>(
    stack,
    who,
    `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
    { id },
  );
  return data.order;
}

/** Polls until `check` passes (no sleeping for a fixed time); fails after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const newPatient = (stack: Stack) => registerPatient(stack);
