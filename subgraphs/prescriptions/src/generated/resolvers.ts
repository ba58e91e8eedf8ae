import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  PrescriptionRow as PrescriptionRowModel,
  PrescriptionItemRow as PrescriptionItemRowModel,
  PrescriptionDocumentRow as PrescriptionDocumentRowModel,
  PrescriptionTake as PrescriptionTakeModel,
  PrescriptionTakeLine as PrescriptionTakeLineModel,
} from '../db/queries';
import type {
  AccessLogEntry as AccessLogEntryModel,
  UserAccessRow as UserAccessRowModel,
} from '../db/access-log-queries';
import type {
  PrescriptionScan as PrescriptionScanModel,
  PrescriptionScanItem as PrescriptionScanItemModel,
} from '../scan/types';
import type {
  UserRef as UserRefModel,
  MedicationRef as MedicationRefModel,
  PharmacyRef as PharmacyRefModel,
} from '../resolvers/references';
import type { PrescriptionsContext } from '../context';
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

export const PrescriptionStatus = {
  SUBMITTED: 'SUBMITTED',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
  EXPIRED: 'EXPIRED',
} as const;

export type PrescriptionStatus = (typeof PrescriptionStatus)[keyof typeof PrescriptionStatus];
export type Prescription = {
  __typename?: 'Prescription';
  id: Scalars['ID']['output'];
  patient: User;
  /** EXPIRED once past expiresAt, whatever it was before. */
  status: PrescriptionStatus;
  prescriberName: Scalars['String']['output'];
  prescriberLicense: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  items: Array<PrescriptionItem>;
  /** The pharmacist who verified or rejected it. */
  verifiedBy: Maybe<User>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Where the patient sent it for review; that pharmacy's pharmacists review it (any pharmacist when null). */
  pharmacy: Maybe<Pharmacy>;
  /** The photo or scan of the original, for the patient and the staff who may review it. */
  document: Maybe<PrescriptionDocument>;
  /** Every read and change by a user (or done for the patient), oldest first: for the patient and admins. Reads are recorded once per request, when it ends. */
  accessLog: Array<PrescriptionAccess>;
};

export type PrescriptionDocument = {
  __typename?: 'PrescriptionDocument';
  /** image/png, image/jpeg or application/pdf, as read from the content. */
  contentType: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** A data: URL with the document. */
  dataUrl: Scalars['String']['output'];
};

export type PrescriptionAccess = {
  __typename?: 'PrescriptionAccess';
  at: Scalars['DateTime']['output'];
  /** Who read or changed it (for a change an order made, the patient it was made for). */
  actor: User;
  /** READ, CREATE, VERIFY, REJECT, DISPENSE, RETURN (an order gave its take back) or DELETE. */
  action: Scalars['String']['output'];
};

export type Pharmacy = {
  __typename?: 'Pharmacy';
  id: Scalars['ID']['output'];
};

export type PrescriptionItem = {
  __typename?: 'PrescriptionItem';
  id: Scalars['ID']['output'];
  medication: Medication;
  quantity: Scalars['Int']['output'];
  refills: Scalars['Int']['output'];
  /** quantity x (1 + refills) minus what orders have taken. */
  remainingQuantity: Scalars['Int']['output'];
  instructions: Maybe<Scalars['String']['output']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's prescriptions: their own, or anyone's for pharmacists and admins. */
  prescriptions: Maybe<Array<Prescription>>;
};

export type UserPrescriptionsArgs = {
  status?: InputMaybe<PrescriptionStatus>;
};

export type Medication = {
  __typename?: 'Medication';
  id: Scalars['ID']['output'];
};

export type PrescriptionItemInput = {
  medicationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  refills?: InputMaybe<Scalars['Int']['input']>;
  instructions?: InputMaybe<Scalars['String']['input']>;
};

export type PrescriptionInput = {
  prescriberName: Scalars['String']['input'];
  prescriberLicense: Scalars['String']['input'];
  issuedAt: Scalars['DateTime']['input'];
  /** Defaults to one year after issuedAt. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  items: Array<PrescriptionItemInput>;
  /** The pharmacy to review it; any pharmacist may when omitted. */
  pharmacyId?: InputMaybe<Scalars['ID']['input']>;
  /** The photo or scan of the original: PNG, JPEG or PDF, base64 (a data: URL prefix is allowed), at most 5 MB. */
  documentBase64?: InputMaybe<Scalars['String']['input']>;
};

export type ScannedItem = {
  __typename?: 'ScannedItem';
  /** The line as read. */
  text: Scalars['String']['output'];
  /** The catalogue medication it most likely names. */
  medication: Maybe<Medication>;
  quantity: Maybe<Scalars['Int']['output']>;
  refills: Maybe<Scalars['Int']['output']>;
  instructions: Maybe<Scalars['String']['output']>;
};

export type PrescriptionScan = {
  __typename?: 'PrescriptionScan';
  text: Scalars['String']['output'];
  prescriberName: Maybe<Scalars['String']['output']>;
  prescriberLicense: Maybe<Scalars['String']['output']>;
  items: Array<ScannedItem>;
};

/** One read or change of a prescription, for the audit trail. */
export type PrescriptionAccessEntry = {
  __typename?: 'PrescriptionAccessEntry';
  /** A user id (for an order's take, the patient's), or the name of the service that read it. */
  actorId: Scalars['ID']['output'];
  /** The user's role; SERVICE when a service read it; SERVICE:<name> when a service changed it for the patient (orders' takes). */
  actorRole: Scalars['String']['output'];
  /** READ, CREATE, VERIFY, REJECT, DISPENSE, RETURN or DELETE. */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
};

/** An order line that needs prescription quantity. */
export type PrescriptionLineInput = {
  medicationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** What one order took from one prescription item. */
export type PrescriptionTakeLine = {
  __typename?: 'PrescriptionTakeLine';
  medicationId: Scalars['ID']['output'];
  prescriptionItemId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

/** The prescription quantity an order holds; RETURNED once the order released it. */
export type PrescriptionTake = {
  __typename?: 'PrescriptionTake';
  orderId: Scalars['ID']['output'];
  /** Null when the order never took anything. */
  prescriptionId: Maybe<Scalars['ID']['output']>;
  status: Scalars['String']['output'];
  lines: Array<PrescriptionTakeLine>;
};

export type Query = {
  __typename?: 'Query';
  prescription: Maybe<Prescription>;
  /** Patients: their own. Pharmacists: those sent to their pharmacies or to none. Admins: all. */
  prescriptions: Array<Prescription>;
  /** Admins: who read or changed a prescription, oldest first. */
  prescriptionAccessLog: Array<PrescriptionAccessEntry>;
};

export type QueryPrescriptionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPrescriptionsArgs = {
  status?: InputMaybe<PrescriptionStatus>;
};

export type QueryPrescriptionAccessLogArgs = {
  prescriptionId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  uploadPrescription: Prescription;
  /**
   * Reads a photo or scan (PNG or JPEG, base64) and suggests the prescription's items. Nothing is
   * kept: to keep the image as the prescription's document, send it again as
   * PrescriptionInput.documentBase64 when uploading the confirmed items.
   */
  scanPrescription: PrescriptionScan;
  /** Pharmacists. */
  verifyPrescription: Prescription;
  /** Pharmacists. */
  rejectPrescription: Prescription;
  /** The owner while no order has used it, or an admin. */
  deletePrescription: Scalars['Boolean']['output'];
  /** Services: takes an order's quantities, atomically and once per order id. */
  takePrescriptionQuantity: PrescriptionTake;
  /** Services: gives an order's quantities back; an unknown order is a no-op. */
  returnPrescriptionQuantity: PrescriptionTake;
};

export type MutationUploadPrescriptionArgs = {
  input: PrescriptionInput;
};

export type MutationScanPrescriptionArgs = {
  imageBase64: Scalars['String']['input'];
};

export type MutationVerifyPrescriptionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRejectPrescriptionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationDeletePrescriptionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationTakePrescriptionQuantityArgs = {
  orderId: Scalars['ID']['input'];
  prescriptionId: Scalars['ID']['input'];
  patientId: Scalars['ID']['input'];
  pharmacyId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<PrescriptionLineInput>;
};

export type MutationReturnPrescriptionQuantityArgs = {
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
  Prescription: Prescription;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Prescription: { __typename: 'Prescription' } & GraphQLRecursivePick<
    FederationTypes['Prescription'],
    { id: true }
  >;
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  PrescriptionStatus: PrescriptionStatus;
  Prescription: ResolverTypeWrapper<PrescriptionRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PrescriptionDocument: ResolverTypeWrapper<PrescriptionDocumentRowModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PrescriptionAccess: ResolverTypeWrapper<UserAccessRowModel>;
  Pharmacy: ResolverTypeWrapper<PharmacyRefModel>;
  PrescriptionItem: ResolverTypeWrapper<PrescriptionItemRowModel>;
  User: ResolverTypeWrapper<UserRefModel>;
  Medication: ResolverTypeWrapper<MedicationRefModel>;
  PrescriptionItemInput: PrescriptionItemInput;
  PrescriptionInput: PrescriptionInput;
  ScannedItem: ResolverTypeWrapper<PrescriptionScanItemModel>;
  PrescriptionScan: ResolverTypeWrapper<PrescriptionScanModel>;
  PrescriptionAccessEntry: ResolverTypeWrapper<AccessLogEntryModel>;
  PrescriptionLineInput: PrescriptionLineInput;
  PrescriptionTakeLine: ResolverTypeWrapper<PrescriptionTakeLineModel>;
  PrescriptionTake: ResolverTypeWrapper<PrescriptionTakeModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  Prescription: PrescriptionRowModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  PrescriptionDocument: PrescriptionDocumentRowModel;
  Int: Scalars['Int']['output'];
  PrescriptionAccess: UserAccessRowModel;
  Pharmacy: PharmacyRefModel;
  PrescriptionItem: PrescriptionItemRowModel;
  User: UserRefModel;
  Medication: MedicationRefModel;
  PrescriptionItemInput: PrescriptionItemInput;
  PrescriptionInput: PrescriptionInput;
  ScannedItem: PrescriptionScanItemModel;
  PrescriptionScan: PrescriptionScanModel;
  PrescriptionAccessEntry: AccessLogEntryModel;
  PrescriptionLineInput: PrescriptionLineInput;
  PrescriptionTakeLine: PrescriptionTakeLineModel;
  PrescriptionTake: PrescriptionTakeModel;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type PrescriptionResolvers<
  ContextType = PrescriptionsContext,
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
  patient?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PrescriptionStatus'], ParentType, ContextType>;
  prescriberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prescriberLicense?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PrescriptionItem']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pharmacy?: Resolver<Maybe<ResolversTypes['Pharmacy']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['PrescriptionDocument']>, ParentType, ContextType>;
  accessLog?: Resolver<Array<ResolversTypes['PrescriptionAccess']>, ParentType, ContextType>;
};

export type PrescriptionDocumentResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionDocument'] =
    ResolversParentTypes['PrescriptionDocument'],
> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dataUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrescriptionAccessResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionAccess'] =
    ResolversParentTypes['PrescriptionAccess'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PharmacyResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['Pharmacy'] = ResolversParentTypes['Pharmacy'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PrescriptionItemResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionItem'] =
    ResolversParentTypes['PrescriptionItem'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medication?: Resolver<ResolversTypes['Medication'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refills?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = PrescriptionsContext,
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
  prescriptions?: Resolver<
    Maybe<Array<ResolversTypes['Prescription']>>,
    ParentType,
    ContextType,
    Partial<UserPrescriptionsArgs>
  >;
};

export type MedicationResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['Medication'] = ResolversParentTypes['Medication'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ScannedItemResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['ScannedItem'] = ResolversParentTypes['ScannedItem'],
> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['Medication']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refills?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PrescriptionScanResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionScan'] =
    ResolversParentTypes['PrescriptionScan'],
> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prescriberName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescriberLicense?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ScannedItem']>, ParentType, ContextType>;
};

export type PrescriptionAccessEntryResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionAccessEntry'] =
    ResolversParentTypes['PrescriptionAccessEntry'],
> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PrescriptionTakeLineResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionTakeLine'] =
    ResolversParentTypes['PrescriptionTakeLine'],
> = {
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescriptionItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PrescriptionTakeResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['PrescriptionTake'] =
    ResolversParentTypes['PrescriptionTake'],
> = {
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescriptionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PrescriptionTakeLine']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  prescription?: Resolver<
    Maybe<ResolversTypes['Prescription']>,
    ParentType,
    ContextType,
    RequireFields<QueryPrescriptionArgs, 'id'>
  >;
  prescriptions?: Resolver<
    Array<ResolversTypes['Prescription']>,
    ParentType,
    ContextType,
    Partial<QueryPrescriptionsArgs>
  >;
  prescriptionAccessLog?: Resolver<
    Array<ResolversTypes['PrescriptionAccessEntry']>,
    ParentType,
    ContextType,
    RequireFields<QueryPrescriptionAccessLogArgs, 'prescriptionId'>
  >;
};

export type MutationResolvers<
  ContextType = PrescriptionsContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  uploadPrescription?: Resolver<
    ResolversTypes['Prescription'],
    ParentType,
    ContextType,
    RequireFields<MutationUploadPrescriptionArgs, 'input'>
  >;
  scanPrescription?: Resolver<
    ResolversTypes['PrescriptionScan'],
    ParentType,
    ContextType,
    RequireFields<MutationScanPrescriptionArgs, 'imageBase64'>
  >;
  verifyPrescription?: Resolver<
    ResolversTypes['Prescription'],
    ParentType,
    ContextType,
    RequireFields<MutationVerifyPrescriptionArgs, 'id'>
  >;
  rejectPrescription?: Resolver<
    ResolversTypes['Prescription'],
    ParentType,
    ContextType,
    RequireFields<MutationRejectPrescriptionArgs, 'id' | 'reason'>
  >;
  deletePrescription?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeletePrescriptionArgs, 'id'>
  >;
  takePrescriptionQuantity?: Resolver<
    ResolversTypes['PrescriptionTake'],
    ParentType,
    ContextType,
    RequireFields<
      MutationTakePrescriptionQuantityArgs,
      'orderId' | 'prescriptionId' | 'patientId' | 'lines'
    >
  >;
  returnPrescriptionQuantity?: Resolver<
    ResolversTypes['PrescriptionTake'],
    ParentType,
    ContextType,
    RequireFields<MutationReturnPrescriptionQuantityArgs, 'orderId'>
  >;
};

export type Resolvers<ContextType = PrescriptionsContext> = {
  DateTime?: GraphQLScalarType;
  Prescription?: PrescriptionResolvers<ContextType>;
  PrescriptionDocument?: PrescriptionDocumentResolvers<ContextType>;
  PrescriptionAccess?: PrescriptionAccessResolvers<ContextType>;
  Pharmacy?: PharmacyResolvers<ContextType>;
  PrescriptionItem?: PrescriptionItemResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Medication?: MedicationResolvers<ContextType>;
  ScannedItem?: ScannedItemResolvers<ContextType>;
  PrescriptionScan?: PrescriptionScanResolvers<ContextType>;
  PrescriptionAccessEntry?: PrescriptionAccessEntryResolvers<ContextType>;
  PrescriptionTakeLine?: PrescriptionTakeLineResolvers<ContextType>;
  PrescriptionTake?: PrescriptionTakeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};
