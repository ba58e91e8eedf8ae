import type { DatabaseHandle } from '@pharmacy/db';
import { createEventQueue, type Logger } from '@pharmacy/service';

import {
  ORDER_STATUS_CHANNEL,
  type OrderStatusNotification as OrderStatusEvent,
} from '../services/order-status';

export type { OrderStatusEvent };

/**
 * Fans out the database's notifications to every subscriber in this process. One LISTEN per
 * process, whatever the number of subscribers; each replica listens on its own, so every
 * replica sees every change, and a rolled-back change is never announced.
 */
export class OrderEventHub {
  private readonly subscribers = new Set<(event: OrderStatusEvent) => void>();
  private unlisten: () => Promise<void> = async () => {};

  private constructor(private readonly log: Logger) {}

  static async start(
    database: DatabaseHandle<Record<string, unknown>>,
    log: Logger,
  ): Promise<OrderEventHub> {
    const hub = new OrderEventHub(log);
    hub.unlisten = await database.listen(ORDER_STATUS_CHANNEL, (payload) => hub.publish(payload));
    return hub;
  }

  /** Events from now on, until the returned iterator is closed. */
  subscribe(): AsyncIterableIterator<OrderStatusEvent> {
    const queue = createEventQueue<OrderStatusEvent>(() => this.subscribers.delete(queue.push));
    this.subscribers.add(queue.push);
    return queue.iterator;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.subscribers.clear();
    await this.unlisten();
  }

  private publish(payload: string): void {
    let event: OrderStatusEvent;
    try {
      event = JSON.parse(payload) as OrderStatusEvent;
    } catch {
      this.log.warn('ignored a malformed order status notification', { payload });
      return;
    }
    for (const deliver of this.subscribers) deliver(event);
  }
}
