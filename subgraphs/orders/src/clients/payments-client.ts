import type { ServiceClient } from '@pharmacy/service';
import { RefundOrderPaymentDocument } from '../generated/payments';

/** Payments: refunds what an order paid, once per event id. */
export function paymentsClient(client: ServiceClient) {
  return {
    async refundOrderPayment(eventId: string, orderId: string): Promise<void> {
      await client.request(RefundOrderPaymentDocument, { eventId, orderId });
    },
  };
}
