import { AppError, BadUserInputError, ErrorCode } from '@pharmacy/errors';
import type { OutboxEvent } from '@pharmacy/outbox';
import type { Logger } from '@pharmacy/service';
import type { OrderPeers } from '../clients/peers';
import type { OrderEvents, OrderTopic } from './outbox';

const isCode = (error: unknown, ...codes: ErrorCode[]) =>
  error instanceof AppError && codes.includes(error.extensions.code as ErrorCode);

/**
 * What each orders event asks of the other services. Every call is idempotent per order id (or
 * per event id for payments), so a redelivered event changes nothing.
 */
export function orderEventDelivery(peers: OrderPeers, log: Logger) {
  async function giveBack(payload: { orderId: string; prescription: boolean }) {
    await peers.inventory.releaseStock(payload.orderId);
    if (payload.prescription) await peers.prescriptions.giveBack(payload.orderId);
  }

  return async (event: OutboxEvent): Promise<void> => {
    const topic = event.topic as OrderTopic;
    switch (topic) {
      case 'order.paid': {
        const { orderId } = event.payload as OrderEvents['order.paid'];
        try {
          await peers.inventory.commitStock(orderId);
        } catch (error) {
          // Released already: the order was cancelled (and refunded) before the sale went through.
          if (!isCode(error, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND)) throw error;
          log.warn('paid order had no stock to commit', { orderId, error: String(error) });
        }
        return;
      }
      case 'order.cancelled': {
        const payload = event.payload as OrderEvents['order.cancelled'];
        await giveBack(payload);
        await peers.payments.refundOrderPayment(event.id, payload.orderId);
        return;
      }
      case 'order.placement_failed':
        await giveBack(event.payload as OrderEvents['order.placement_failed']);
        return;
      default:
        throw new BadUserInputError(`Unknown event topic ${String(topic)}`);
    }
  };
}
