import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow as UserRowModel, UserAccessRow as UserAccessRowModel } from '../db/queries';
import type { Session as SessionModel } from '../services/session.service';
import type { PharmacyRef as PharmacyRefModel } from '../db/staff-queries';
import type { UsersContext } from '../context';
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

export const Role = {
  PATIENT: 'PATIENT',
  PHARMACIST: 'PHARMACIST',
  COURIER: 'COURIER',
  ADMIN: 'ADMIN',
} as const;

export type Role = (typeof Role)[keyof typeof Role];
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: Role;
  phone: Maybe<Scalars['String']['output']>;
  address: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Pharmacists and couriers: the pharmacies they work for. Patients and admins: empty. */
  pharmacies: Array<Pharmacy>;
};

export type Pharmacy = {
  __typename?: 'Pharmacy';
  id: Scalars['ID']['output'];
  /** Who works here: for admins and the pharmacy's own pharmacists. */
  staff: Array<User>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Only the fields given change; an empty phone or address clears it. */
export type ProfileInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived bearer token for the Authorization header. */
  accessToken: Scalars['String']['output'];
  /** Exchange it with refreshSession for a new pair; it works once. */
  refreshToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  /** At least 10 characters, not a common password. */
  password: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user. */
  me: Maybe<User>;
  /** A user by id: your own, or anyone's for staff. */
  user: Maybe<User>;
  /** Admins: every user, searched by name or email and filtered by role, in pages (oldest first). */
  users: UserConnection;
  /**
   * Services only: the role and pharmacies a user holds now (tokens carry the role they were
   * issued with). Null for no such user, a deleted account, or a sessionId that was revoked.
   */
  currentAccess: Maybe<UserAccess>;
};

export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type QueryUsersArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCurrentAccessArgs = {
  userId: Scalars['ID']['input'];
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a patient account and signs it in. */
  register: AuthPayload;
  login: AuthPayload;
  /** Rotates the refresh token; a token used twice revokes its whole session. */
  refreshSession: AuthPayload;
  logout: Scalars['Boolean']['output'];
  /** Admins only. A pharmacist or courier who becomes anything else leaves their pharmacies. */
  setUserRole: User;
  /** The caller's own name, phone and address. */
  updateProfile: User;
  /** Needs the current password; every other session of the caller is signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** Needs the password. Erases name, contact details and credentials; orders and payments stay, detached from the person. */
  deleteAccount: Scalars['Boolean']['output'];
  /** Admins: a pharmacist or courier starts working for a pharmacy (again: no change). */
  assignStaff: User;
  /** Admins: a pharmacist or courier stops working for a pharmacy. */
  unassignStaff: User;
};

export type MutationRegisterArgs = {
  input: RegisterInput;
};

export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};

export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};

export type MutationSetUserRoleArgs = {
  userId: Scalars['ID']['input'];
  role: Role;
};

export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};

export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type MutationDeleteAccountArgs = {
  password: Scalars['String']['input'];
};

export type MutationAssignStaffArgs = {
  userId: Scalars['ID']['input'];
  pharmacyId: Scalars['ID']['input'];
};

export type MutationUnassignStaffArgs = {
  userId: Scalars['ID']['input'];
  pharmacyId: Scalars['ID']['input'];
};

/** A user's current role and pharmacies; null from currentAccess when there is no such user. */
export type UserAccess = {
  __typename?: 'UserAccess';
  userId: Scalars['ID']['output'];
  role: Role;
  pharmacyIds: Array<Scalars['ID']['output']>;
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
  User: User;
  Pharmacy: Pharmacy;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  User: { __typename: 'User' } & GraphQLRecursivePick<FederationTypes['User'], { id: true }>;
  Pharmacy: { __typename: 'Pharmacy' } & GraphQLRecursivePick<
    FederationTypes['Pharmacy'],
    { id: true }
  >;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Role: Role;
  User: ResolverTypeWrapper<UserRowModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Pharmacy: ResolverTypeWrapper<PharmacyRefModel>;
  UserConnection: ResolverTypeWrapper<
    Omit<UserConnection, 'nodes'> & { nodes: Array<ResolversTypes['User']> }
  >;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ProfileInput: ProfileInput;
  AuthPayload: ResolverTypeWrapper<SessionModel>;
  RegisterInput: RegisterInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserAccess: ResolverTypeWrapper<UserAccessRowModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  User: UserRowModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Pharmacy: PharmacyRefModel;
  UserConnection: Omit<UserConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['User']> };
  Boolean: Scalars['Boolean']['output'];
  ProfileInput: ProfileInput;
  AuthPayload: SessionModel;
  RegisterInput: RegisterInput;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  UserAccess: UserAccessRowModel;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type UserResolvers<
  ContextType = UsersContext,
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
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pharmacies?: Resolver<Array<ResolversTypes['Pharmacy']>, ParentType, ContextType>;
};

export type PharmacyResolvers<
  ContextType = UsersContext,
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
  staff?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type UserConnectionResolvers<
  ContextType = UsersContext,
  ParentType extends ResolversParentTypes['UserConnection'] =
    ResolversParentTypes['UserConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<
  ContextType = UsersContext,
  ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload'],
> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = UsersContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<
    Maybe<ResolversTypes['User']>,
    ParentType,
    ContextType,
    RequireFields<QueryUserArgs, 'id'>
  >;
  users?: Resolver<
    ResolversTypes['UserConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryUsersArgs, 'first'>
  >;
  currentAccess?: Resolver<
    Maybe<ResolversTypes['UserAccess']>,
    ParentType,
    ContextType,
    RequireFields<QueryCurrentAccessArgs, 'userId'>
  >;
};

export type MutationResolvers<
  ContextType = UsersContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  register?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRegisterArgs, 'input'>
  >;
  login?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationLoginArgs, 'email' | 'password'>
  >;
  refreshSession?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRefreshSessionArgs, 'refreshToken'>
  >;
  logout?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationLogoutArgs, 'refreshToken'>
  >;
  setUserRole?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationSetUserRoleArgs, 'userId' | 'role'>
  >;
  updateProfile?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProfileArgs, 'input'>
  >;
  changePassword?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>
  >;
  deleteAccount?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteAccountArgs, 'password'>
  >;
  assignStaff?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignStaffArgs, 'userId' | 'pharmacyId'>
  >;
  unassignStaff?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationUnassignStaffArgs, 'userId' | 'pharmacyId'>
  >;
};

export type UserAccessResolvers<
  ContextType = UsersContext,
  ParentType extends ResolversParentTypes['UserAccess'] = ResolversParentTypes['UserAccess'],
> = {
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  pharmacyIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = UsersContext> = {
  DateTime?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
  Pharmacy?: PharmacyResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  UserAccess?: UserAccessResolvers<ContextType>;
};
