import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import {
  assignCourier,
  cancelOrder,
  deleteOrder,
  updateOrderStatus,
} from '../services/order-lifecycle.service';
import {
  findVisibleOrder,
  linesOfOrder,
  listVisibleOrders,
  ordersOfCustomer,
  ordersOfPrescription,
  statusHistoryOfOrder,
} from '../services/order-read.service';
import { applyPaymentEvent } from '../services/payment-events.service';
import { placeOrder } from '../services/place-order.service';

// The Subscription resolvers live in ../subscriptions.

const money = (amount: number, currency: string) => ({ amount, currency });
/** A reference to an entity another subgraph resolves. */
const ref = (id: string) => ({ id });
const optionalRef = (id: string | null) => (id ? ref(id) : null);

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    order: (_root, args, ctx) => findVisibleOrder(ctx, args.id),
    orders: (_root, args, ctx) => listVisibleOrders(ctx, args),
  },
  Mutation: {
    placeOrder: (_root, args, ctx) => placeOrder(ctx, args),
    cancelOrder: (_root, args, ctx) => cancelOrder(ctx, args),
    updateOrderStatus: (_root, args, ctx) => updateOrderStatus(ctx, args),
    assignCourier: (_root, args, ctx) => assignCourier(ctx, args),
    deleteOrder: (_root, args, ctx) => deleteOrder(ctx, args.id),
    applyPaymentEvent: (_root, args, ctx) => applyPaymentEvent(ctx, args.event),
  },
  Order: {
    __resolveReference: (reference, ctx) => findVisibleOrder(ctx, reference.id),
    customer: (order) => ref(order.customerId),
    pharmacy: (order) => ref(order.pharmacyId),
    prescription: (order) => optionalRef(order.prescriptionId),
    courier: (order) => optionalRef(order.courierId),
    total: (order) => money(order.totalAmount, order.currency),
    paymentDueAt: (order) => (order.status === 'PENDING_PAYMENT' ? order.expiresAt : null),
    lines: async (order, _args, ctx) =>
      (await linesOfOrder(ctx, order)).map((line) => ({ ...line, currency: order.currency })),
    statusHistory: (order, _args, ctx) => statusHistoryOfOrder(ctx, order),
  },
  OrderLine: {
    medication: (line) => ref(line.medicationId),
    unitPrice: (line) => money(line.unitPrice, line.currency),
    lineTotal: (line) => money(line.lineTotal, line.currency),
  },
  User: {
    orders: (user, args, ctx) => ordersOfCustomer(ctx, user.id, args.status ?? null),
  },
  Prescription: {
    orders: (prescription, _args, ctx) => ordersOfPrescription(ctx, prescription.id),
  },
};
