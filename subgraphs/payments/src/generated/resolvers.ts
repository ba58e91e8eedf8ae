import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  PaymentApprovalRow as PaymentApprovalRowModel,
  PaymentApprovalConnection as PaymentApprovalConnectionModel,
} from '../db/queries';
import type { UserRef as UserRefModel, OrderRef as OrderRefModel } from '../resolvers/references';
import type { PaymentsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: Date; output: Date | string };
  _FieldSet: { input: string; output: string };
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export const PaymentStatus = {
  /** The charge is under way. */
  PENDING: 'PENDING',
  /** The card needs the customer (3-D Secure): the app finishes it with clientSecret; the outcome arrives later. */
  REQUIRES_ACTION: 'REQUIRES_ACTION',
  APPROVED: 'APPROVED',
  DECLINED: 'DECLINED',
  /** Given back in full. */
  REFUNDED: 'REFUNDED',
} as const;

export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];
/** Seen by its payer, admins, and the pharmacists of the order's pharmacy. */
export type PaymentApproval = {
  __typename?: 'PaymentApproval';
  id: Scalars['ID']['output'];
  order: Order;
  payer: User;
  amount: Money;
  status: PaymentStatus;
  /** Card brand and last four digits, such as visa •••• 4242. */
  method: Maybe<Scalars['String']['output']>;
  /** Why a charge was declined. */
  failureReason: Maybe<Scalars['String']['output']>;
  /** Who moves the money: sandbox or stripe. */
  provider: Scalars['String']['output'];
  /** What the app needs to finish a 3-D Secure check: only to the payer, only while REQUIRES_ACTION; null otherwise. */
  clientSecret: Maybe<Scalars['String']['output']>;
  /** How much has been given back so far, partial refunds added up; null while nothing has. */
  refundedAmount: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
};

export type PaymentApprovalConnection = {
  __typename?: 'PaymentApprovalConnection';
  nodes: Array<PaymentApproval>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's payment approvals: all of them for the user and admins; for pharmacists, those of orders at their pharmacies. */
  paymentApprovals: Maybe<Array<PaymentApproval>>;
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
  /** The approved (or refunded) payment of this order, else the latest attempt. */
  payment: Maybe<PaymentApproval>;
};

export type Query = {
  __typename?: 'Query';
  paymentApproval: Maybe<PaymentApproval>;
  /** Admins: every payment approval; pharmacists: those of orders at their pharmacies. Newest first. */
  paymentApprovals: PaymentApprovalConnection;
};

export type QueryPaymentApprovalArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPaymentApprovalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Charges the order's total. The same idempotencyKey returns the same approval. A declined card is an approval with status DECLINED, not an error; a card that needs 3-D Secure is REQUIRES_ACTION, with a clientSecret for the app. */
  payOrder: PaymentApproval;
  /**
   * Admins and the pharmacists of the order's pharmacy: gives back `amount` (minor units) of an
   * approved payment, or all that is left when it is omitted. Once it is refunded in full the
   * payment is REFUNDED and an order not yet dispatched is cancelled. More than is left is
   * BAD_USER_INPUT.
   */
  refundPayment: PaymentApproval;
  /** Admins; not a charge under way, nor the approved payment of an order not yet delivered. */
  deletePaymentApproval: Scalars['Boolean']['output'];
  /** Services (orders): refunds the approved payment of a cancelled order, once per event id. */
  refundOrderPayment: Scalars['Boolean']['output'];
};

export type MutationPayOrderArgs = {
  orderId: Scalars['ID']['input'];
  paymentMethod: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type MutationRefundPaymentArgs = {
  id: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Int']['input']>;
};

export type MutationDeletePaymentApprovalArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRefundOrderPaymentArgs = {
  eventId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> =
  Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  PaymentApproval: PaymentApproval;
  User: User;
  Order: Order;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PaymentApproval: { __typename: 'PaymentApproval' } & GraphQLRecursivePick<
    FederationTypes['PaymentApproval'],
    { id: true }
  >;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
  Order: { __typename: 'Order' } & GraphQLRecursivePick<FederationTypes['Order'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PaymentStatus: PaymentStatus;
  PaymentApproval: ResolverTypeWrapper<PaymentApprovalRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PaymentApprovalConnection: ResolverTypeWrapper<PaymentApprovalConnectionModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  User: ResolverTypeWrapper<UserRefModel>;
  Order: ResolverTypeWrapper<OrderRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  Money: Money;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  PaymentApproval: PaymentApprovalRowModel;
  ID: Scalars['ID']['output'];
  PaymentApprovalConnection: PaymentApprovalConnectionModel;
  Boolean: Scalars['Boolean']['output'];
  User: UserRefModel;
  Order: OrderRefModel;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type MoneyResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentApprovalResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['PaymentApproval'] =
    ResolversParentTypes['PaymentApproval'],
  FederationReferenceType extends FederationReferenceTypes['PaymentApproval'] =
    FederationReferenceTypes['PaymentApproval'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['PaymentApproval']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundedAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PaymentApprovalConnectionResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['PaymentApprovalConnection'] =
    ResolversParentTypes['PaymentApprovalConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['PaymentApproval']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
  FederationReferenceType extends FederationReferenceTypes['User'] =
    FederationReferenceTypes['User'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['User']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentApprovals?: Resolver<
    Maybe<Array<ResolversTypes['PaymentApproval']>>,
    ParentType,
    ContextType
  >;
};

export type OrderResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'],
  FederationReferenceType extends FederationReferenceTypes['Order'] =
    FederationReferenceTypes['Order'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Order']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['PaymentApproval']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  paymentApproval?: Resolver<
    Maybe<ResolversTypes['PaymentApproval']>,
    ParentType,
    ContextType,
    RequireFields<QueryPaymentApprovalArgs, 'id'>
  >;
  paymentApprovals?: Resolver<
    ResolversTypes['PaymentApprovalConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPaymentApprovalsArgs, 'first'>
  >;
};

export type MutationResolvers<
  ContextType = PaymentsContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  payOrder?: Resolver<
    ResolversTypes['PaymentApproval'],
    ParentType,
    ContextType,
    RequireFields<MutationPayOrderArgs, 'orderId' | 'paymentMethod' | 'idempotencyKey'>
  >;
  refundPayment?: Resolver<
    ResolversTypes['PaymentApproval'],
    ParentType,
    ContextType,
    RequireFields<MutationRefundPaymentArgs, 'id'>
  >;
  deletePaymentApproval?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeletePaymentApprovalArgs, 'id'>
  >;
  refundOrderPayment?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationRefundOrderPaymentArgs, 'eventId' | 'orderId'>
  >;
};

export type Resolvers<ContextType = PaymentsContext> = {
  DateTime?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  PaymentApproval?: PaymentApprovalResolvers<ContextType>;
  PaymentApprovalConnection?: PaymentApprovalConnectionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};
