import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrder, demoPharmacies, medicationIdOf, pharmacyIdOf } from '@pharmacy/demo';
import { PAID_ORDER_TOTAL, writePaidOrder } from '@pharmacy/orders/testing';
import { writeApprovedPayment } from '@pharmacy/payments/testing';
import { login, registerPatient, type Session } from './helpers';
import { HEADLINE } from './operations';
import { startStack, type Stack } from './stack';

interface HeadlineResult {
  me: {
    name: string;
    prescriptions: {
      status: string;
      items: { remainingQuantity: number; medication: { name: string } }[];
      orders: { id: string }[];
    }[];
    orders: {
      id: string;
      status: string;
      total: { amount: number };
      pharmacy: { name: string };
      lines: { quantity: number; medication: { name: string } }[];
      payment: { status: string } | null;
    }[];
    paymentApprovals: { status: string; order: { id: string } }[];
  };
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: true });
});
afterAll(() => stack?.stop());

describe('the headline query', () => {
  it("returns the demo patient's prescriptions, orders and payments from all five subgraphs", async () => {
    const patient = await login(stack, 'patient@demo.pharmacy');
    const { status, body } = await stack.request<HeadlineResult>(HEADLINE, {}, patient.accessToken);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const me = body.data!.me;
    expect(me.name).toBe('Pat Patient');

    const [prescription] = me.prescriptions;
    expect(prescription?.status).toBe('VERIFIED');
    const names = prescription!.items.map((i) => i.medication.name).sort();
    expect(names).toEqual(['Amoxicillin 500 mg capsules', 'Atorvastatin 20 mg tablets'].sort());
    const atorvastatin = prescription!.items.find((i) =>
      i.medication.name.startsWith('Atorvastatin'),
    );
    expect(atorvastatin?.remainingQuantity).toBe(1 * 3 - 1);
    expect(prescription!.orders.map((o) => o.id)).toEqual([demoOrder.id]);

    const [order] = me.orders;
    expect(order).toMatchObject({
      id: demoOrder.id,
      status: 'PAID',
      total: { amount: demoOrder.total },
    });
    expect(order!.pharmacy.name).toBe(demoPharmacies[0]!.name);
    expect(order!.lines.map((l) => l.medication.name)).toContain('Atorvastatin 20 mg tablets');
    expect(order!.payment?.status).toBe('APPROVED');
    expect(me.paymentApprovals).toEqual([
      expect.objectContaining({ status: 'APPROVED', order: { id: demoOrder.id, status: 'PAID' } }),
    ]);
  });

  it('is refused to anonymous callers for private fields', async () => {
    const { body } = await stack.request<HeadlineResult>(HEADLINE);
    expect(body.data?.me ?? null).toBeNull();
  });
});

describe('SQL statements per federated request', () => {
  const ordersOf = (s: Stack) => s.subgraphs.orders.runtime.db;
  const paymentsOf = (s: Stack) => s.subgraphs.payments.runtime.db;

  async function addHistory(patient: Session, count: number) {
    for (let i = 0; i < count; i++) {
      const upload = await stack.request<{ uploadPrescription: { id: string } }>(
        `mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { id } }`,
        {
          input: {
            prescriberName: 'Dr. Test',
            prescriberLicense: 'LANR-1',
            issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
            items: [
              { medicationId: medicationIdOf('metformin-500mg-tablet'), quantity: 60, refills: 1 },
              { medicationId: medicationIdOf('lisinopril-10mg-tablet'), quantity: 30 },
            ],
          },
        },
        patient.accessToken,
      );
      expect(upload.body.errors).toBeUndefined();
      const orderId = await writePaidOrder(ordersOf(stack), {
        customerId: patient.user.id,
        pharmacyId: pharmacyIdOf(demoPharmacies[i % demoPharmacies.length]!.key),
        prescriptionId: upload.body.data!.uploadPrescription.id,
        actor: 'test',
      });
      await writeApprovedPayment(paymentsOf(stack), {
        orderId,
        payerId: patient.user.id,
        amount: PAID_ORDER_TOTAL,
      });
    }
  }

  async function countStatements(patient: Session) {
    const before = stack.statements.length;
    const { body } = await stack.request<HeadlineResult>(HEADLINE, {}, patient.accessToken);
    expect(body.errors).toBeUndefined();
    const run = stack.statements.slice(before);
    const perService: Record<string, number> = {};
    for (const s of run) perService[s.service] = (perService[s.service] ?? 0) + 1;
    return { total: run.length, perService, me: body.data!.me };
  }

  it('stays the same whether a patient has two or twelve orders and prescriptions', async () => {
    const patient = await registerPatient(stack);
    await addHistory(patient, 2);
    const small = await countStatements(patient);
    expect(small.me.orders).toHaveLength(2);

    await addHistory(patient, 10);
    const large = await countStatements(patient);
    expect(large.me.orders).toHaveLength(12);
    expect(large.me.prescriptions).toHaveLength(12);
    expect(
      large.me.orders.every((o) => o.lines.length === 2 && o.payment?.status === 'APPROVED'),
    ).toBe(true);
    expect(large.perService).toEqual(small.perService);
    expect(large.total).toBeLessThanOrEqual(25);
  });
});
