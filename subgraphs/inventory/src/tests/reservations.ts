import { and, eq } from 'drizzle-orm';
import * as schema from '../db/schema';
import { insertMedication, insertPharmacy, insertStock, service, type Inventory } from './harness';

const RESERVE = `mutation($o: ID!, $p: ID!, $lines: [StockLineInput!]!) {
  reserveStock(orderId: $o, pharmacyId: $p, lines: $lines) { orderId pharmacyId status lines { medicationId quantity } }
}`;
export const RELEASE = `mutation($o: ID!) { releaseStock(orderId: $o) { status lines { quantity } } }`;
export const COMMIT = `mutation($o: ID!) { commitStock(orderId: $o) { status } }`;

/** Calls the order flow operations as the orders service, on shelves made for one test. */
export function reservationHelpers(inventory: () => Inventory) {
  /** A new pharmacy holding one new medication per quantity given. */
  async function shelf(...onHand: number[]) {
    const { db } = inventory();
    const pharmacy = await insertPharmacy(db);
    const medications: Awaited<ReturnType<typeof insertMedication>>[] = [];
    for (const quantity of onHand) {
      const medication = await insertMedication(db);
      await insertStock(db, pharmacy.id, medication.id, quantity);
      medications.push(medication);
    }
    const level = async (i = 0) => {
      const [row] = await db
        .select({ onHand: schema.stock.onHand, reserved: schema.stock.reserved })
        .from(schema.stock)
        .where(
          and(
            eq(schema.stock.pharmacyId, pharmacy.id),
            eq(schema.stock.medicationId, medications[i]!.id),
          ),
        );
      return row;
    };
    return { pharmacy, medications, level };
  }
  const call = (query: string, variables: Record<string, unknown>) =>
    inventory().subgraph.call(service, query, variables);
  const reserve = (
    orderId: string,
    pharmacyId: string,
    lines: { medicationId: string; quantity: number }[],
  ) => call(RESERVE, { o: orderId, p: pharmacyId, lines });
  return { shelf, call, reserve };
}
