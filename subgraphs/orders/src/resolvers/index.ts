import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateTime } from '@pharmacy/service';
import type { OrdersContext } from '../context';
import type { OrderLineRow, OrderRow } from '../db/queries';
import type { OrderStatus } from '../db/schema';
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
  type ListOrdersInput,
} from '../services/order-read.service';
import { applyPaymentEvent, type PaymentEvent } from '../services/payment-events.service';
import type { PlaceOrderInput } from '../services/place-order-input';
import { placeOrder } from '../services/place-order.service';

// The Subscription resolvers live in ../subscriptions.

const money = (amount: number, currency: string) => ({ amount, currency });
const ref = (id: string | null) => (id ? { id } : null);

type PricedLine = OrderLineRow & { currency: string };

export const resolvers: GraphQLResolverMap<OrdersContext> = {
  DateTime,
  Query: {
    order: (_root, args: { id: string }, ctx) => findVisibleOrder(ctx, args.id),
    orders: (_root, args: ListOrdersInput, ctx) => listVisibleOrders(ctx, args),
  },
  Mutation: {
    placeOrder: (_root, args: { input: PlaceOrderInput; idempotencyKey?: string | null }, ctx) =>
      placeOrder(ctx, args.input, args.idempotencyKey),
    cancelOrder: (_root, args: { id: string; reason?: string | null }, ctx) =>
      cancelOrder(ctx, args.id, args.reason),
    updateOrderStatus: (_root, args: { id: string; status: OrderStatus }, ctx) =>
      updateOrderStatus(ctx, args.id, args.status),
    assignCourier: (_root, args: { orderId: string; courierId: string }, ctx) =>
      assignCourier(ctx, args.orderId, args.courierId),
    deleteOrder: (_root, args: { id: string }, ctx) => deleteOrder(ctx, args.id),
    applyPaymentEvent: (_root, args: { event: PaymentEvent }, ctx) =>
      applyPaymentEvent(ctx, args.event),
  },
  Order: {
    __resolveReference: (reference: { id: string }, ctx: OrdersContext) =>
      findVisibleOrder(ctx, reference.id),
    customer: (order: OrderRow) => ref(order.customerId),
    pharmacy: (order: OrderRow) => ref(order.pharmacyId),
    prescription: (order: OrderRow) => ref(order.prescriptionId),
    courier: (order: OrderRow) => ref(order.courierId),
    total: (order: OrderRow) => money(order.totalAmount, order.currency),
    paymentDueAt: (order: OrderRow) =>
      order.status === 'PENDING_PAYMENT' ? order.expiresAt : null,
    lines: async (order: OrderRow, _args, ctx: OrdersContext): Promise<PricedLine[]> =>
      (await linesOfOrder(ctx, order)).map((line) => ({ ...line, currency: order.currency })),
    statusHistory: (order: OrderRow, _args, ctx: OrdersContext) => statusHistoryOfOrder(ctx, order),
  },
  OrderLine: {
    medication: (line: PricedLine) => ref(line.medicationId),
    unitPrice: (line: PricedLine) => money(line.unitPrice, line.currency),
    lineTotal: (line: PricedLine) => money(line.lineTotal, line.currency),
  },
  User: {
    orders: (user: { id: string }, args: { status?: OrderStatus | null }, ctx: OrdersContext) =>
      ordersOfCustomer(ctx, user.id, args.status ?? null),
  },
  Prescription: {
    orders: (prescription: { id: string }, _args, ctx: OrdersContext) =>
      ordersOfPrescription(ctx, prescription.id),
  },
};
