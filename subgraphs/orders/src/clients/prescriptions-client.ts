import type { ServiceClient } from '@pharmacy/service';
import type { StockLine } from './inventory-client';

export interface PrescriptionTake {
  orderId: string;
  prescriptionId: string | null;
  status: 'TAKEN' | 'RETURNED';
  lines: { medicationId: string; prescriptionItemId: string; quantity: number }[];
}

const TAKE = 'orderId prescriptionId status lines { medicationId prescriptionItemId quantity }';

/** The dispensing operations of prescriptions: atomic and idempotent per order id. */
export function prescriptionsClient(client: ServiceClient) {
  return {
    async take(orderId: string, prescriptionId: string, patientId: string, lines: StockLine[]) {
      const data = await client.request<{ takePrescriptionQuantity: PrescriptionTake }>(
        `mutation($orderId: ID!, $prescriptionId: ID!, $patientId: ID!, $lines: [PrescriptionLineInput!]!) {
          takePrescriptionQuantity(orderId: $orderId, prescriptionId: $prescriptionId,
            patientId: $patientId, lines: $lines) { ${TAKE} } }`,
        { orderId, prescriptionId, patientId, lines },
      );
      return data.takePrescriptionQuantity;
    },
    async giveBack(orderId: string) {
      const data = await client.request<{ returnPrescriptionQuantity: PrescriptionTake }>(
        `mutation($orderId: ID!) { returnPrescriptionQuantity(orderId: $orderId) { ${TAKE} } }`,
        { orderId },
      );
      return data.returnPrescriptionQuantity;
    },
  };
}
export type PrescriptionsClient = ReturnType<typeof prescriptionsClient>;
