import type { ServiceClient } from '@pharmacy/service';
import {
  ReturnPrescriptionQuantityDocument,
  TakePrescriptionQuantityDocument,
  type PrescriptionLineInput,
} from '../generated/prescriptions';

/** The dispensing operations of prescriptions: atomic and idempotent per order id. */
export function prescriptionsClient(client: ServiceClient) {
  return {
    /** `pharmacyId`: where the order is, so that pharmacy's pharmacists may read the prescription. */
    async take(variables: {
      orderId: string;
      prescriptionId: string;
      patientId: string;
      pharmacyId: string;
      lines: PrescriptionLineInput[];
    }) {
      return (await client.request(TakePrescriptionQuantityDocument, variables))
        .takePrescriptionQuantity;
    },
    async giveBack(orderId: string) {
      return (await client.request(ReturnPrescriptionQuantityDocument, { orderId }))
        .returnPrescriptionQuantity;
    },
  };
}
export type PrescriptionsClient = ReturnType<typeof prescriptionsClient>;
