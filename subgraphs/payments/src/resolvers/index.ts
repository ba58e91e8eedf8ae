import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateTime } from '@pharmacy/service';
import type { PaymentsContext } from '../context';
import type { PaymentApprovalRow } from '../db/queries';
import { deletePaymentApproval } from '../services/delete-approval.service';
import { payOrder } from '../services/pay-order.service';
import type { PayOrderInput } from '../services/payment-request';
import {
  approvalsOfPayer,
  findVisibleApproval,
  listApprovals,
  paymentOfOrder,
} from '../services/payment-read.service';
import { refundOrderPayment, refundPayment } from '../services/refund.service';

export const resolvers: GraphQLResolverMap<PaymentsContext> = {
  DateTime,
  Query: {
    paymentApproval: (_root, args: { id: string }, ctx) => findVisibleApproval(ctx, args.id),
    paymentApprovals: (_root, args: { first?: number | null; after?: string | null }, ctx) =>
      listApprovals(ctx, args),
  },
  Mutation: {
    payOrder: (_root, args: PayOrderInput, ctx) => payOrder(ctx, args),
    refundPayment: (_root, args: { id: string }, ctx) => refundPayment(ctx, args.id),
    deletePaymentApproval: (_root, args: { id: string }, ctx) =>
      deletePaymentApproval(ctx, args.id),
    refundOrderPayment: (_root, args: { eventId: string; orderId: string }, ctx) =>
      refundOrderPayment(ctx, args.eventId, args.orderId),
  },
  PaymentApproval: {
    __resolveReference: (reference: { id: string }, ctx: PaymentsContext) =>
      findVisibleApproval(ctx, reference.id),
    order: (approval: PaymentApprovalRow) => ({ id: approval.orderId }),
    payer: (approval: PaymentApprovalRow) => ({ id: approval.payerId }),
    amount: (approval: PaymentApprovalRow) => ({
      amount: approval.amount,
      currency: approval.currency,
    }),
  },
  User: {
    paymentApprovals: (user: { id: string }, _args, ctx: PaymentsContext) =>
      approvalsOfPayer(ctx, user.id),
  },
  Order: {
    payment: (order: { id: string }, _args, ctx: PaymentsContext) => paymentOfOrder(ctx, order.id),
  },
};
