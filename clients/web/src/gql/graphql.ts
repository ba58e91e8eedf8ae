/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OrderLineInput = {
  medicationId: string | number;
  quantity: number;
};

export type OrderStatus =
  'CANCELLED' | 'DELIVERED' | 'OUT_FOR_DELIVERY' | 'PAID' | 'PENDING_PAYMENT' | 'PREPARING';

export type PaymentStatus = 'APPROVED' | 'DECLINED' | 'PENDING' | 'REFUNDED';

export type PlaceOrderInput = {
  deliveryAddress: string;
  lines: Array<OrderLineInput>;
  pharmacyId: string | number;
  /** Required when a line is prescription-only. */
  prescriptionId?: string | number | null | undefined;
};

export type PrescriptionInput = {
  /** Defaults to one year after issuedAt. */
  expiresAt?: string | null | undefined;
  issuedAt: string;
  items: Array<PrescriptionItemInput>;
  prescriberLicense: string;
  prescriberName: string;
};

export type PrescriptionItemInput = {
  instructions?: string | null | undefined;
  medicationId: string | number;
  quantity: number;
  refills?: number | null | undefined;
};

export type PrescriptionStatus = 'EXPIRED' | 'REJECTED' | 'SUBMITTED' | 'VERIFIED';

export type Role = 'ADMIN' | 'COURIER' | 'PATIENT' | 'PHARMACIST';

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LogInMutation = {
  login: {
    accessToken: string;
    refreshToken: string;
    expiresAt: string;
    user: { id: string; name: string; role: Role };
  };
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = {
  refreshSession: {
    accessToken: string;
    refreshToken: string;
    expiresAt: string;
    user: { id: string; name: string; role: Role };
  };
};

export type LogOutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type LogOutMutation = { logout: boolean };

export type PrescriptionFieldsFragment = {
  id: string;
  status: PrescriptionStatus;
  prescriberName: string;
  issuedAt: string;
  expiresAt: string;
  rejectionReason: string | null;
  items: Array<{
    id: string;
    quantity: number;
    refills: number;
    remainingQuantity: number;
    instructions: string | null;
    medication: {
      id: string;
      name: string;
      strength: string;
      requiresPrescription: boolean;
      price: { amount: number; currency: string };
    };
  }>;
};

export type OrderFieldsFragment = {
  id: string;
  status: OrderStatus;
  createdAt: string;
  deliveryAddress: string;
  pharmacy: { id: string; name: string; address: string };
  lines: Array<{
    quantity: number;
    medication: { id: string; name: string };
    lineTotal: { amount: number; currency: string };
  }>;
  total: { amount: number; currency: string };
  statusHistory: Array<{ status: OrderStatus; at: string }>;
  payment: {
    id: string;
    status: PaymentStatus;
    method: string | null;
    failureReason: string | null;
  } | null;
};

export type MyPharmacyQueryVariables = Exact<{ [key: string]: never }>;

export type MyPharmacyQuery = {
  me: {
    id: string;
    name: string;
    email: string;
    address: string | null;
    prescriptions: Array<{
      id: string;
      status: PrescriptionStatus;
      prescriberName: string;
      issuedAt: string;
      expiresAt: string;
      rejectionReason: string | null;
      items: Array<{
        id: string;
        quantity: number;
        refills: number;
        remainingQuantity: number;
        instructions: string | null;
        medication: {
          id: string;
          name: string;
          strength: string;
          requiresPrescription: boolean;
          price: { amount: number; currency: string };
        };
      }>;
    }> | null;
    orders: Array<{
      id: string;
      status: OrderStatus;
      createdAt: string;
      deliveryAddress: string;
      pharmacy: { id: string; name: string; address: string };
      lines: Array<{
        quantity: number;
        medication: { id: string; name: string };
        lineTotal: { amount: number; currency: string };
      }>;
      total: { amount: number; currency: string };
      statusHistory: Array<{ status: OrderStatus; at: string }>;
      payment: {
        id: string;
        status: PaymentStatus;
        method: string | null;
        failureReason: string | null;
      } | null;
    }> | null;
  } | null;
};

export type UploadPrescriptionMutationVariables = Exact<{
  input: PrescriptionInput;
}>;

export type UploadPrescriptionMutation = {
  uploadPrescription: {
    id: string;
    status: PrescriptionStatus;
    prescriberName: string;
    issuedAt: string;
    expiresAt: string;
    rejectionReason: string | null;
    items: Array<{
      id: string;
      quantity: number;
      refills: number;
      remainingQuantity: number;
      instructions: string | null;
      medication: {
        id: string;
        name: string;
        strength: string;
        requiresPrescription: boolean;
        price: { amount: number; currency: string };
      };
    }>;
  };
};

export type ScanPrescriptionMutationVariables = Exact<{
  imageBase64: string;
}>;

export type ScanPrescriptionMutation = {
  scanPrescription: {
    text: string;
    prescriberName: string | null;
    prescriberLicense: string | null;
    items: Array<{
      text: string;
      quantity: number | null;
      refills: number | null;
      instructions: string | null;
      medication: { id: string; name: string; strength: string } | null;
    }>;
  };
};

export type SearchMedicationsQueryVariables = Exact<{
  search: string;
}>;

export type SearchMedicationsQuery = {
  medications: {
    nodes: Array<{
      id: string;
      name: string;
      strength: string;
      requiresPrescription: boolean;
      price: { amount: number; currency: string };
    }>;
  };
};

export type PharmaciesNearbyQueryVariables = Exact<{
  latitude: number;
  longitude: number;
  medicationIds?: Array<string | number> | string | number | null | undefined;
}>;

export type PharmaciesNearbyQuery = {
  pharmaciesNearby: Array<{
    distanceKm: number;
    hasAll: boolean;
    pharmacy: { id: string; name: string; address: string };
    stock: Array<{ quantityAvailable: number; medication: { id: string } }>;
  }>;
};

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PlaceOrderMutation = {
  placeOrder: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
    } | null;
  };
};

export type PayOrderMutationVariables = Exact<{
  orderId: string | number;
  paymentMethod: string;
  idempotencyKey: string;
}>;

export type PayOrderMutation = {
  payOrder: {
    id: string;
    status: PaymentStatus;
    method: string | null;
    failureReason: string | null;
    order: {
      id: string;
      status: OrderStatus;
      createdAt: string;
      deliveryAddress: string;
      pharmacy: { id: string; name: string; address: string };
      lines: Array<{
        quantity: number;
        medication: { id: string; name: string };
        lineTotal: { amount: number; currency: string };
      }>;
      total: { amount: number; currency: string };
      statusHistory: Array<{ status: OrderStatus; at: string }>;
      payment: {
        id: string;
        status: PaymentStatus;
        method: string | null;
        failureReason: string | null;
      } | null;
    };
  };
};

export type OrderStatusChangedSubscriptionVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;

export type OrderStatusChangedSubscription = {
  orderStatusChanged: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
    } | null;
  };
};

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;

export type OrderQuery = {
  order: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
    } | null;
  } | null;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PrescriptionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PrescriptionFields on Prescription {
  id
  status
  prescriberName
  issuedAt
  expiresAt
  rejectionReason
  items {
    id
    quantity
    refills
    remainingQuantity
    instructions
    medication {
      id
      name
      strength
      requiresPrescription
      price {
        amount
        currency
      }
    }
  }
}
    `,
  { fragmentName: 'PrescriptionFields' },
) as unknown as TypedDocumentString<PrescriptionFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}
    `,
  { fragmentName: 'OrderFields' },
) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    expiresAt
    user {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    expiresAt
    user {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const MyPharmacyDocument = new TypedDocumentString(`
    query MyPharmacy {
  me {
    id
    name
    email
    address
    prescriptions {
      ...PrescriptionFields
    }
    orders {
      ...OrderFields
    }
  }
}
    fragment PrescriptionFields on Prescription {
  id
  status
  prescriberName
  issuedAt
  expiresAt
  rejectionReason
  items {
    id
    quantity
    refills
    remainingQuantity
    instructions
    medication {
      id
      name
      strength
      requiresPrescription
      price {
        amount
        currency
      }
    }
  }
}
fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}`) as unknown as TypedDocumentString<MyPharmacyQuery, MyPharmacyQueryVariables>;
export const UploadPrescriptionDocument = new TypedDocumentString(`
    mutation UploadPrescription($input: PrescriptionInput!) {
  uploadPrescription(input: $input) {
    ...PrescriptionFields
  }
}
    fragment PrescriptionFields on Prescription {
  id
  status
  prescriberName
  issuedAt
  expiresAt
  rejectionReason
  items {
    id
    quantity
    refills
    remainingQuantity
    instructions
    medication {
      id
      name
      strength
      requiresPrescription
      price {
        amount
        currency
      }
    }
  }
}`) as unknown as TypedDocumentString<
  UploadPrescriptionMutation,
  UploadPrescriptionMutationVariables
>;
export const ScanPrescriptionDocument = new TypedDocumentString(`
    mutation ScanPrescription($imageBase64: String!) {
  scanPrescription(imageBase64: $imageBase64) {
    text
    prescriberName
    prescriberLicense
    items {
      text
      quantity
      refills
      instructions
      medication {
        id
        name
        strength
      }
    }
  }
}
    `) as unknown as TypedDocumentString<
  ScanPrescriptionMutation,
  ScanPrescriptionMutationVariables
>;
export const SearchMedicationsDocument = new TypedDocumentString(`
    query SearchMedications($search: String!) {
  medications(search: $search, first: 8) {
    nodes {
      id
      name
      strength
      requiresPrescription
      price {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchMedicationsQuery, SearchMedicationsQueryVariables>;
export const PharmaciesNearbyDocument = new TypedDocumentString(`
    query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {
  pharmaciesNearby(
    latitude: $latitude
    longitude: $longitude
    radiusKm: 25
    medicationIds: $medicationIds
  ) {
    distanceKm
    hasAll
    pharmacy {
      id
      name
      address
    }
    stock {
      quantityAvailable
      medication {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PharmaciesNearbyQuery, PharmaciesNearbyQueryVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {
  placeOrder(input: $input, idempotencyKey: $idempotencyKey) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}`) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = new TypedDocumentString(`
    mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {
  payOrder(
    orderId: $orderId
    paymentMethod: $paymentMethod
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
    method
    failureReason
    order {
      ...OrderFields
    }
  }
}
    fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}`) as unknown as TypedDocumentString<PayOrderMutation, PayOrderMutationVariables>;
export const OrderStatusChangedDocument = new TypedDocumentString(`
    subscription OrderStatusChanged($orderId: ID) {
  orderStatusChanged(orderId: $orderId) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}`) as unknown as TypedDocumentString<
  OrderStatusChangedSubscription,
  OrderStatusChangedSubscriptionVariables
>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  pharmacy {
    id
    name
    address
  }
  lines {
    quantity
    medication {
      id
      name
    }
    lineTotal {
      amount
      currency
    }
  }
  total {
    amount
    currency
  }
  statusHistory {
    status
    at
  }
  payment {
    id
    status
    method
    failureReason
  }
}`) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
