import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import { clientSecretFor } from '../services/client-secret.service';
import { deletePaymentApproval } from '../services/delete-approval.service';
import { payOrder } from '../services/pay-order.service';
import {
  approvalsOfPayer,
  findVisibleApproval,
  listApprovals,
  paymentOfOrder,
} from '../services/payment-read.service';
import { refundOrderPayment, refundPayment } from '../services/refund.service';
import { orderRef, userRef } from './references';

/** Each resolver checks its caller in the service it calls. */
export const resolvers: Resolvers = {
  DateTime,
  Query: {
    paymentApproval: (_root, args, ctx) => findVisibleApproval(ctx, args.id),
    paymentApprovals: (_root, args, ctx) => listApprovals(ctx, args),
  },
  Mutation: {
    payOrder: (_root, args, ctx) => payOrder(ctx, args),
    refundPayment: (_root, args, ctx) => refundPayment(ctx, args),
    deletePaymentApproval: (_root, args, ctx) => deletePaymentApproval(ctx, args.id),
    refundOrderPayment: (_root, args, ctx) => refundOrderPayment(ctx, args),
  },
  PaymentApproval: {
    __resolveReference: (reference, ctx) => findVisibleApproval(ctx, reference.id),
    order: (approval) => orderRef(approval.orderId),
    payer: (approval) => userRef(approval.payerId),
    amount: (approval) => ({ amount: approval.amount, currency: approval.currency }),
    refundedAmount: (approval) =>
      approval.refundedAmount > 0
        ? { amount: approval.refundedAmount, currency: approval.currency }
        : null,
    clientSecret: (approval, _args, ctx) => clientSecretFor(ctx, approval),
  },
  User: {
    paymentApprovals: (user, _args, ctx) => approvalsOfPayer(ctx, user.id),
  },
  Order: {
    payment: (order, _args, ctx) => paymentOfOrder(ctx, order.id),
  },
};
