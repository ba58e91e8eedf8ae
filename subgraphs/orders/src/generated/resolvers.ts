import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  OrderRow as OrderRowModel,
  OrderLineInCurrency as OrderLineInCurrencyModel,
  StatusChangeRow as StatusChangeRowModel,
  OrderConnection as OrderConnectionModel,
} from '../db/queries';
import type { OrdersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export const OrderStatus = {
  PENDING_PAYMENT: 'PENDING_PAYMENT',
  PAID: 'PAID',
  PREPARING: 'PREPARING',
  OUT_FOR_DELIVERY: 'OUT_FOR_DELIVERY',
  DELIVERED: 'DELIVERED',
  CANCELLED: 'CANCELLED',
} as const;

export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];
export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
  customer: User;
  pharmacy: Pharmacy;
  prescription: Maybe<Prescription>;
  lines: Array<OrderLine>;
  total: Money;
  status: OrderStatus;
  /** Every status the order has had, oldest first. */
  statusHistory: Array<OrderStatusChange>;
  deliveryAddress: Scalars['String']['output'];
  courier: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** Why it was cancelled, such as 'payment timeout'. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** Until when a PENDING_PAYMENT order waits for payment before it is cancelled. */
  paymentDueAt: Maybe<Scalars['DateTime']['output']>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  medication: Medication;
  quantity: Scalars['Int']['output'];
  /** Catalogue price when the order was placed. */
  unitPrice: Money;
  lineTotal: Money;
};

export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  status: OrderStatus;
  at: Scalars['DateTime']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  nodes: Array<Order>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's orders: all of them for the user and admins; pharmacists: those at their pharmacies. */
  orders: Maybe<Array<Order>>;
};

export type UserOrdersArgs = {
  status?: InputMaybe<OrderStatus>;
};

export type Prescription = {
  __typename?: 'Prescription';
  id: Scalars['ID']['output'];
  /** Orders dispensed against this prescription, those the caller may see. */
  orders: Maybe<Array<Order>>;
};

export type Pharmacy = {
  __typename?: 'Pharmacy';
  id: Scalars['ID']['output'];
};

export type Medication = {
  __typename?: 'Medication';
  id: Scalars['ID']['output'];
};

export type OrderLineInput = {
  medicationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type PlaceOrderInput = {
  pharmacyId: Scalars['ID']['input'];
  /** Required when a line is prescription-only. */
  prescriptionId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<OrderLineInput>;
  deliveryAddress: Scalars['String']['input'];
};

export const PaymentEventKind = {
  APPROVED: 'APPROVED',
  REFUNDED: 'REFUNDED',
} as const;

export type PaymentEventKind = (typeof PaymentEventKind)[keyof typeof PaymentEventKind];
/** An event from payments about one order's payment. */
export type PaymentEventInput = {
  eventId: Scalars['ID']['input'];
  kind: PaymentEventKind;
  orderId: Scalars['ID']['input'];
  paymentId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Your own order; pharmacists: their pharmacies' orders; couriers: those assigned to them; admins: any. */
  order: Maybe<Order>;
  /** Newest first. Patients: their own; pharmacists: their pharmacies' (or one of them); couriers: their assigned ones; admins: all. */
  orders: OrderConnection;
};

export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrdersArgs = {
  status?: InputMaybe<OrderStatus>;
  pharmacyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Places an order as PENDING_PAYMENT; the same idempotencyKey returns the same order. */
  placeOrder: Order;
  /** The customer before dispatch, or the pharmacy's pharmacists and admins. Releases stock and refunds a payment. */
  cancelOrder: Order;
  /** The pharmacy's pharmacists: PREPARING. The assigned courier: OUT_FOR_DELIVERY, DELIVERED. */
  updateOrderStatus: Order;
  /** The pharmacy's pharmacists and admins; the courier must work for the order's pharmacy. */
  assignCourier: Order;
  /** Admins, finished orders only. */
  deleteOrder: Scalars['Boolean']['output'];
  /** Services (payments): applies a payment event once per event id. */
  applyPaymentEvent: Scalars['Boolean']['output'];
};

export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type MutationUpdateOrderStatusArgs = {
  id: Scalars['ID']['input'];
  status: OrderStatus;
};

export type MutationAssignCourierArgs = {
  orderId: Scalars['ID']['input'];
  courierId: Scalars['ID']['input'];
};

export type MutationDeleteOrderArgs = {
  id: Scalars['ID']['input'];
};

export type MutationApplyPaymentEventArgs = {
  event: PaymentEventInput;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** With orderId: that order. Without: every order the caller may see. */
  orderStatusChanged: Order;
};

export type SubscriptionOrderStatusChangedArgs = {
  orderId?: InputMaybe<Scalars['ID']['input']>;
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
  Order: Order;
  User: User;
  Prescription: Prescription;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Order: { __typename: 'Order' } & GraphQLRecursivePick<FederationTypes['Order'], { id: true }>;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
  Prescription: { __typename: 'Prescription' } & GraphQLRecursivePick<
    FederationTypes['Prescription'],
    { id: true }
  >;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  OrderStatus: OrderStatus;
  Order: ResolverTypeWrapper<OrderRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  OrderLine: ResolverTypeWrapper<OrderLineInCurrencyModel>;
  OrderStatusChange: ResolverTypeWrapper<StatusChangeRowModel>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  User: ResolverTypeWrapper<
    Omit<User, 'orders'> & { orders?: Maybe<Array<ResolversTypes['Order']>> }
  >;
  Prescription: ResolverTypeWrapper<
    Omit<Prescription, 'orders'> & { orders?: Maybe<Array<ResolversTypes['Order']>> }
  >;
  Pharmacy: ResolverTypeWrapper<Pharmacy>;
  Medication: ResolverTypeWrapper<Medication>;
  OrderLineInput: OrderLineInput;
  PlaceOrderInput: PlaceOrderInput;
  PaymentEventKind: PaymentEventKind;
  PaymentEventInput: PaymentEventInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  Money: Money;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Order: OrderRowModel;
  ID: Scalars['ID']['output'];
  OrderLine: OrderLineInCurrencyModel;
  OrderStatusChange: StatusChangeRowModel;
  OrderConnection: OrderConnectionModel;
  Boolean: Scalars['Boolean']['output'];
  User:
    | (Omit<User, 'orders'> & { orders?: Maybe<Array<ResolversParentTypes['Order']>> })
    | FederationReferenceTypes['User'];
  Prescription:
    | (Omit<Prescription, 'orders'> & { orders?: Maybe<Array<ResolversParentTypes['Order']>> })
    | FederationReferenceTypes['Prescription'];
  Pharmacy: Pharmacy;
  Medication: Medication;
  OrderLineInput: OrderLineInput;
  PlaceOrderInput: PlaceOrderInput;
  PaymentEventInput: PaymentEventInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type MoneyResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrderResolvers<
  ContextType = OrdersContext,
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
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  pharmacy?: Resolver<ResolversTypes['Pharmacy'], ParentType, ContextType>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  deliveryAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type OrderLineResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine'],
> = {
  medication?: Resolver<ResolversTypes['Medication'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderStatusChangeResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderStatusChange'] =
    ResolversParentTypes['OrderStatusChange'],
> = {
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['OrderConnection'] =
    ResolversParentTypes['OrderConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = OrdersContext,
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
  orders?: Resolver<
    Maybe<Array<ResolversTypes['Order']>>,
    ParentType,
    ContextType,
    Partial<UserOrdersArgs>
  >;
};

export type PrescriptionResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Prescription'] = ResolversParentTypes['Prescription'],
  FederationReferenceType extends FederationReferenceTypes['Prescription'] =
    FederationReferenceTypes['Prescription'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Prescription']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Maybe<Array<ResolversTypes['Order']>>, ParentType, ContextType>;
};

export type PharmacyResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Pharmacy'] = ResolversParentTypes['Pharmacy'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MedicationResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Medication'] = ResolversParentTypes['Medication'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  order?: Resolver<
    Maybe<ResolversTypes['Order']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrderArgs, 'id'>
  >;
  orders?: Resolver<
    ResolversTypes['OrderConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOrdersArgs, 'first'>
  >;
};

export type MutationResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  placeOrder?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationPlaceOrderArgs, 'input'>
  >;
  cancelOrder?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelOrderArgs, 'id'>
  >;
  updateOrderStatus?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateOrderStatusArgs, 'id' | 'status'>
  >;
  assignCourier?: Resolver<
    ResolversTypes['Order'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignCourierArgs, 'orderId' | 'courierId'>
  >;
  deleteOrder?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteOrderArgs, 'id'>
  >;
  applyPaymentEvent?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationApplyPaymentEventArgs, 'event'>
  >;
};

export type SubscriptionResolvers<
  ContextType = OrdersContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  orderStatusChanged?: SubscriptionResolver<
    ResolversTypes['Order'],
    'orderStatusChanged',
    ParentType,
    ContextType,
    Partial<SubscriptionOrderStatusChangedArgs>
  >;
};

export type Resolvers<ContextType = OrdersContext> = {
  DateTime?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Prescription?: PrescriptionResolvers<ContextType>;
  Pharmacy?: PharmacyResolvers<ContextType>;
  Medication?: MedicationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};
