import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  MedicationRow as MedicationRowModel,
  PharmacyRow as PharmacyRowModel,
  StockLevel as StockLevelModel,
  StockChangeRow as StockChangeRowModel,
} from '../db/queries';
import type { PharmacyAvailability as PharmacyAvailabilityModel } from '../services/nearby.service';
import type { StockReservation as StockReservationModel } from '../services/stock-reservation';
import type { InventoryContext } from '../context';
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
  /** An ISO 8601 date and time. */
  DateTime: { input: Date; output: Date | string };
  _FieldSet: { input: string; output: string };
};

/** An amount of money in minor units (cents) and an ISO 4217 currency code. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type Medication = {
  __typename?: 'Medication';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  genericName: Maybe<Scalars['String']['output']>;
  form: Scalars['String']['output'];
  strength: Scalars['String']['output'];
  /** Prescription-only (Rx) when true, over the counter (OTC) when false. */
  requiresPrescription: Scalars['Boolean']['output'];
  price: Money;
  /** Leaflet text. */
  description: Maybe<Scalars['String']['output']>;
  /** Stock at every pharmacy that carries it. */
  stock: Array<StockItem>;
};

export type Pharmacy = {
  __typename?: 'Pharmacy';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  address: Scalars['String']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  phone: Maybe<Scalars['String']['output']>;
  /** Stock of this pharmacy, of the given medications or of all. */
  stock: Array<StockItem>;
};

export type PharmacyStockArgs = {
  medicationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type StockItem = {
  __typename?: 'StockItem';
  pharmacy: Pharmacy;
  medication: Medication;
  /** On hand minus reserved for unpaid orders. */
  quantityAvailable: Scalars['Int']['output'];
  /** Changes to the quantity on hand, newest first: for the pharmacy's own pharmacists and admins. */
  history: Array<StockChange>;
};

export type StockItemHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StockChange = {
  __typename?: 'StockChange';
  /** How much the quantity on hand changed. */
  delta: Scalars['Int']['output'];
  /** How much the quantity held for unpaid orders changed: up when reserved, down when released or sold. */
  reservedDelta: Scalars['Int']['output'];
  /** Why: 'stock-take', or what an order did: 'reserved (order <id>)', 'released (order <id>)', 'sold (order <id>)', 'returned (order <id>)'. */
  reason: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Who changed it; null when a service did (a sale). */
  by: Maybe<User>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type PharmacyAvailability = {
  __typename?: 'PharmacyAvailability';
  pharmacy: Pharmacy;
  /** Great-circle distance from the searched point. */
  distanceKm: Scalars['Float']['output'];
  /** Stock of each requested medication at this pharmacy. */
  stock: Array<StockItem>;
  /** True when every requested medication is available here. */
  hasAll: Scalars['Boolean']['output'];
};

export type MedicationConnection = {
  __typename?: 'MedicationConnection';
  nodes: Array<Medication>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type MedicationInput = {
  name: Scalars['String']['input'];
  genericName?: InputMaybe<Scalars['String']['input']>;
  form: Scalars['String']['input'];
  strength: Scalars['String']['input'];
  requiresPrescription: Scalars['Boolean']['input'];
  /** Minor units (cents). */
  price: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
};

export type PharmacyInput = {
  name: Scalars['String']['input'];
  address: Scalars['String']['input'];
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The catalogue, searched by name or generic name, in pages. */
  medications: MedicationConnection;
  medication: Maybe<Medication>;
  pharmacies: Array<Pharmacy>;
  pharmacy: Maybe<Pharmacy>;
  /** Pharmacies within radiusKm of a point, nearest first, with the stock of the given medications. */
  pharmaciesNearby: Array<PharmacyAvailability>;
};

export type QueryMedicationsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type QueryMedicationArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPharmacyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPharmaciesNearbyArgs = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  medicationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Pharmacists and admins. */
  addMedication: Medication;
  /** Pharmacists and admins. */
  updateMedication: Medication;
  /** Pharmacists and admins. Past orders and prescriptions still resolve it. */
  deleteMedication: Scalars['Boolean']['output'];
  /** Admins. */
  addPharmacy: Pharmacy;
  /** The pharmacy's own pharmacists and admins: sets the quantity on hand (a recorded stock-take). */
  setStock: StockItem;
  /** Services only: holds stock for an order, all lines or none; idempotent per order id. */
  reserveStock: StockReservation;
  /** Services only: gives back what an order holds; a no-op when nothing is held. */
  releaseStock: StockReservation;
  /** Services only: turns an order's reservation into a sale (on hand and reserved both drop). */
  commitStock: StockReservation;
};

export type MutationAddMedicationArgs = {
  input: MedicationInput;
};

export type MutationUpdateMedicationArgs = {
  id: Scalars['ID']['input'];
  input: MedicationInput;
};

export type MutationDeleteMedicationArgs = {
  id: Scalars['ID']['input'];
};

export type MutationAddPharmacyArgs = {
  input: PharmacyInput;
};

export type MutationSetStockArgs = {
  pharmacyId: Scalars['ID']['input'];
  medicationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type MutationReserveStockArgs = {
  orderId: Scalars['ID']['input'];
  pharmacyId: Scalars['ID']['input'];
  lines: Array<StockLineInput>;
};

export type MutationReleaseStockArgs = {
  orderId: Scalars['ID']['input'];
};

export type MutationCommitStockArgs = {
  orderId: Scalars['ID']['input'];
};

export const StockReservationStatus = {
  RESERVED: 'RESERVED',
  RELEASED: 'RELEASED',
  COMMITTED: 'COMMITTED',
} as const;

export type StockReservationStatus =
  (typeof StockReservationStatus)[keyof typeof StockReservationStatus];
export type StockReservationLine = {
  __typename?: 'StockReservationLine';
  medicationId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

/** What inventory holds for one order. pharmacyId is null for an order it never reserved. */
export type StockReservation = {
  __typename?: 'StockReservation';
  orderId: Scalars['ID']['output'];
  pharmacyId: Maybe<Scalars['ID']['output']>;
  status: StockReservationStatus;
  lines: Array<StockReservationLine>;
};

export type StockLineInput = {
  medicationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
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
  Medication: Medication;
  Pharmacy: Pharmacy;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Medication: { __typename: 'Medication' } & GraphQLRecursivePick<
    FederationTypes['Medication'],
    { id: true }
  >;
  Pharmacy: { __typename: 'Pharmacy' } & GraphQLRecursivePick<
    FederationTypes['Pharmacy'],
    { id: true }
  >;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Money: ResolverTypeWrapper<Money>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Medication: ResolverTypeWrapper<MedicationRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Pharmacy: ResolverTypeWrapper<PharmacyRowModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  StockItem: ResolverTypeWrapper<StockLevelModel>;
  StockChange: ResolverTypeWrapper<StockChangeRowModel>;
  User: ResolverTypeWrapper<User>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  PharmacyAvailability: ResolverTypeWrapper<PharmacyAvailabilityModel>;
  MedicationConnection: ResolverTypeWrapper<
    Omit<MedicationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Medication']> }
  >;
  MedicationInput: MedicationInput;
  PharmacyInput: PharmacyInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StockReservationStatus: StockReservationStatus;
  StockReservationLine: ResolverTypeWrapper<StockReservationLine>;
  StockReservation: ResolverTypeWrapper<StockReservationModel>;
  StockLineInput: StockLineInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Money: Money;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Medication: MedicationRowModel;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Pharmacy: PharmacyRowModel;
  Float: Scalars['Float']['output'];
  StockItem: StockLevelModel;
  StockChange: StockChangeRowModel;
  User: User;
  DateTime: Scalars['DateTime']['output'];
  PharmacyAvailability: PharmacyAvailabilityModel;
  MedicationConnection: Omit<MedicationConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['Medication']>;
  };
  MedicationInput: MedicationInput;
  PharmacyInput: PharmacyInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  StockReservationLine: StockReservationLine;
  StockReservation: StockReservationModel;
  StockLineInput: StockLineInput;
};

export type MoneyResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MedicationResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Medication'] = ResolversParentTypes['Medication'],
  FederationReferenceType extends FederationReferenceTypes['Medication'] =
    FederationReferenceTypes['Medication'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Medication']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  genericName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresPrescription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockItem']>, ParentType, ContextType>;
};

export type PharmacyResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Pharmacy'] = ResolversParentTypes['Pharmacy'],
  FederationReferenceType extends FederationReferenceTypes['Pharmacy'] =
    FederationReferenceTypes['Pharmacy'],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes['Pharmacy']> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stock?: Resolver<
    Array<ResolversTypes['StockItem']>,
    ParentType,
    ContextType,
    Partial<PharmacyStockArgs>
  >;
};

export type StockItemResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['StockItem'] = ResolversParentTypes['StockItem'],
> = {
  pharmacy?: Resolver<ResolversTypes['Pharmacy'], ParentType, ContextType>;
  medication?: Resolver<ResolversTypes['Medication'], ParentType, ContextType>;
  quantityAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<
    Array<ResolversTypes['StockChange']>,
    ParentType,
    ContextType,
    RequireFields<StockItemHistoryArgs, 'first'>
  >;
};

export type StockChangeResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['StockChange'] = ResolversParentTypes['StockChange'],
> = {
  delta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reservedDelta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type PharmacyAvailabilityResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['PharmacyAvailability'] =
    ResolversParentTypes['PharmacyAvailability'],
> = {
  pharmacy?: Resolver<ResolversTypes['Pharmacy'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockItem']>, ParentType, ContextType>;
  hasAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MedicationConnectionResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['MedicationConnection'] =
    ResolversParentTypes['MedicationConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Medication']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  medications?: Resolver<
    ResolversTypes['MedicationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMedicationsArgs, 'first'>
  >;
  medication?: Resolver<
    Maybe<ResolversTypes['Medication']>,
    ParentType,
    ContextType,
    RequireFields<QueryMedicationArgs, 'id'>
  >;
  pharmacies?: Resolver<Array<ResolversTypes['Pharmacy']>, ParentType, ContextType>;
  pharmacy?: Resolver<
    Maybe<ResolversTypes['Pharmacy']>,
    ParentType,
    ContextType,
    RequireFields<QueryPharmacyArgs, 'id'>
  >;
  pharmaciesNearby?: Resolver<
    Array<ResolversTypes['PharmacyAvailability']>,
    ParentType,
    ContextType,
    RequireFields<QueryPharmaciesNearbyArgs, 'latitude' | 'longitude' | 'radiusKm'>
  >;
};

export type MutationResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addMedication?: Resolver<
    ResolversTypes['Medication'],
    ParentType,
    ContextType,
    RequireFields<MutationAddMedicationArgs, 'input'>
  >;
  updateMedication?: Resolver<
    ResolversTypes['Medication'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateMedicationArgs, 'id' | 'input'>
  >;
  deleteMedication?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteMedicationArgs, 'id'>
  >;
  addPharmacy?: Resolver<
    ResolversTypes['Pharmacy'],
    ParentType,
    ContextType,
    RequireFields<MutationAddPharmacyArgs, 'input'>
  >;
  setStock?: Resolver<
    ResolversTypes['StockItem'],
    ParentType,
    ContextType,
    RequireFields<MutationSetStockArgs, 'pharmacyId' | 'medicationId' | 'quantity'>
  >;
  reserveStock?: Resolver<
    ResolversTypes['StockReservation'],
    ParentType,
    ContextType,
    RequireFields<MutationReserveStockArgs, 'orderId' | 'pharmacyId' | 'lines'>
  >;
  releaseStock?: Resolver<
    ResolversTypes['StockReservation'],
    ParentType,
    ContextType,
    RequireFields<MutationReleaseStockArgs, 'orderId'>
  >;
  commitStock?: Resolver<
    ResolversTypes['StockReservation'],
    ParentType,
    ContextType,
    RequireFields<MutationCommitStockArgs, 'orderId'>
  >;
};

export type StockReservationLineResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['StockReservationLine'] =
    ResolversParentTypes['StockReservationLine'],
> = {
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StockReservationResolvers<
  ContextType = InventoryContext,
  ParentType extends ResolversParentTypes['StockReservation'] =
    ResolversParentTypes['StockReservation'],
> = {
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pharmacyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StockReservationStatus'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StockReservationLine']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = InventoryContext> = {
  Money?: MoneyResolvers<ContextType>;
  Medication?: MedicationResolvers<ContextType>;
  Pharmacy?: PharmacyResolvers<ContextType>;
  StockItem?: StockItemResolvers<ContextType>;
  StockChange?: StockChangeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  PharmacyAvailability?: PharmacyAvailabilityResolvers<ContextType>;
  MedicationConnection?: MedicationConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  StockReservationLine?: StockReservationLineResolvers<ContextType>;
  StockReservation?: StockReservationResolvers<ContextType>;
};
