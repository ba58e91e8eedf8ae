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

export type PaymentStatus =
  | 'APPROVED'
  | 'DECLINED'
  /** The charge is under way. */
  | 'PENDING'
  /** Given back in full. */
  | 'REFUNDED'
  /** The card needs the customer (3-D Secure): the app finishes it with clientSecret; the outcome arrives later. */
  | 'REQUIRES_ACTION';

export type PharmacyInput = {
  address: string;
  latitude: number;
  longitude: number;
  name: string;
  phone?: string | null | undefined;
};

export type PlaceOrderInput = {
  deliveryAddress: string;
  lines: Array<OrderLineInput>;
  pharmacyId: string | number;
  /** Required when a line is prescription-only. */
  prescriptionId?: string | number | null | undefined;
};

export type PrescriptionInput = {
  /** The photo or scan of the original: PNG, JPEG or PDF, base64 (a data: URL prefix is allowed), at most 5 MB. */
  documentBase64?: string | null | undefined;
  /** Defaults to one year after issuedAt. */
  expiresAt?: string | null | undefined;
  issuedAt: string;
  items: Array<PrescriptionItemInput>;
  /** The pharmacy to review it; any pharmacist may when omitted. */
  pharmacyId?: string | number | null | undefined;
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

/** Only the fields given change; an empty phone or address clears it. */
export type ProfileInput = {
  address?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type RegisterInput = {
  address?: string | null | undefined;
  email: string;
  name: string;
  /** At least 10 characters, not a common password. */
  password: string;
  phone?: string | null | undefined;
};

export type Role = 'ADMIN' | 'COURIER' | 'PATIENT' | 'PHARMACIST';

export type SessionFieldsFragment = {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; name: string; role: Role };
};

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

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = {
  register: {
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
  pharmacy: { id: string; name: string } | null;
  document: { contentType: string; sizeBytes: number } | null;
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

export type PaymentFieldsFragment = {
  id: string;
  status: PaymentStatus;
  method: string | null;
  failureReason: string | null;
  amount: { amount: number; currency: string };
  refundedAmount: { amount: number; currency: string } | null;
};

export type OrderFieldsFragment = {
  id: string;
  status: OrderStatus;
  createdAt: string;
  deliveryAddress: string;
  paymentDueAt: string | null;
  cancelReason: string | null;
  pharmacy: { id: string; name: string; address: string };
  lines: Array<{
    quantity: number;
    medication: { id: string; name: string; strength: string };
    unitPrice: { amount: number; currency: string };
    lineTotal: { amount: number; currency: string };
  }>;
  total: { amount: number; currency: string };
  statusHistory: Array<{ status: OrderStatus; at: string }>;
  payment: {
    id: string;
    status: PaymentStatus;
    method: string | null;
    failureReason: string | null;
    amount: { amount: number; currency: string };
    refundedAmount: { amount: number; currency: string } | null;
  } | null;
};

export type MyPharmacyQueryVariables = Exact<{ [key: string]: never }>;

export type MyPharmacyQuery = {
  me: {
    id: string;
    name: string;
    email: string;
    phone: string | null;
    address: string | null;
    prescriptions: Array<{
      id: string;
      status: PrescriptionStatus;
      prescriberName: string;
      issuedAt: string;
      expiresAt: string;
      rejectionReason: string | null;
      pharmacy: { id: string; name: string } | null;
      document: { contentType: string; sizeBytes: number } | null;
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
      paymentDueAt: string | null;
      cancelReason: string | null;
      pharmacy: { id: string; name: string; address: string };
      lines: Array<{
        quantity: number;
        medication: { id: string; name: string; strength: string };
        unitPrice: { amount: number; currency: string };
        lineTotal: { amount: number; currency: string };
      }>;
      total: { amount: number; currency: string };
      statusHistory: Array<{ status: OrderStatus; at: string }>;
      payment: {
        id: string;
        status: PaymentStatus;
        method: string | null;
        failureReason: string | null;
        amount: { amount: number; currency: string };
        refundedAmount: { amount: number; currency: string } | null;
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
    pharmacy: { id: string; name: string } | null;
    document: { contentType: string; sizeBytes: number } | null;
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
      medication: {
        id: string;
        name: string;
        strength: string;
        requiresPrescription: boolean;
        price: { amount: number; currency: string };
      } | null;
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
    paymentDueAt: string | null;
    cancelReason: string | null;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string; strength: string };
      unitPrice: { amount: number; currency: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
      amount: { amount: number; currency: string };
      refundedAmount: { amount: number; currency: string } | null;
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
    clientSecret: string | null;
    id: string;
    status: PaymentStatus;
    method: string | null;
    failureReason: string | null;
    order: {
      id: string;
      status: OrderStatus;
      createdAt: string;
      deliveryAddress: string;
      paymentDueAt: string | null;
      cancelReason: string | null;
      pharmacy: { id: string; name: string; address: string };
      lines: Array<{
        quantity: number;
        medication: { id: string; name: string; strength: string };
        unitPrice: { amount: number; currency: string };
        lineTotal: { amount: number; currency: string };
      }>;
      total: { amount: number; currency: string };
      statusHistory: Array<{ status: OrderStatus; at: string }>;
      payment: {
        id: string;
        status: PaymentStatus;
        method: string | null;
        failureReason: string | null;
        amount: { amount: number; currency: string };
        refundedAmount: { amount: number; currency: string } | null;
      } | null;
    };
    amount: { amount: number; currency: string };
    refundedAmount: { amount: number; currency: string } | null;
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
    paymentDueAt: string | null;
    cancelReason: string | null;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string; strength: string };
      unitPrice: { amount: number; currency: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
      amount: { amount: number; currency: string };
      refundedAmount: { amount: number; currency: string } | null;
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
    paymentDueAt: string | null;
    cancelReason: string | null;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string; strength: string };
      unitPrice: { amount: number; currency: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
      amount: { amount: number; currency: string };
      refundedAmount: { amount: number; currency: string } | null;
    } | null;
  } | null;
};

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type CancelOrderMutation = {
  cancelOrder: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    paymentDueAt: string | null;
    cancelReason: string | null;
    pharmacy: { id: string; name: string; address: string };
    lines: Array<{
      quantity: number;
      medication: { id: string; name: string; strength: string };
      unitPrice: { amount: number; currency: string };
      lineTotal: { amount: number; currency: string };
    }>;
    total: { amount: number; currency: string };
    statusHistory: Array<{ status: OrderStatus; at: string }>;
    payment: {
      id: string;
      status: PaymentStatus;
      method: string | null;
      failureReason: string | null;
      amount: { amount: number; currency: string };
      refundedAmount: { amount: number; currency: string } | null;
    } | null;
  };
};

export type PharmaciesQueryVariables = Exact<{ [key: string]: never }>;

export type PharmaciesQuery = { pharmacies: Array<{ id: string; name: string; address: string }> };

export type PrescriptionDocumentQueryVariables = Exact<{
  id: string | number;
}>;

export type PrescriptionDocumentQuery = {
  prescription: {
    id: string;
    document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
  } | null;
};

export type UpdateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: { id: string; name: string; phone: string | null; address: string | null };
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type DeleteAccountMutationVariables = Exact<{
  password: string;
}>;

export type DeleteAccountMutation = { deleteAccount: boolean };

export type StaffMeQueryVariables = Exact<{ [key: string]: never }>;

export type StaffMeQuery = {
  me: {
    id: string;
    name: string;
    role: Role;
    pharmacies: Array<{ id: string; name: string }>;
  } | null;
};

export type StaffReviewQueueQueryVariables = Exact<{ [key: string]: never }>;

export type StaffReviewQueueQuery = {
  prescriptions: Array<{
    id: string;
    prescriberName: string;
    createdAt: string;
    patient: { id: string; name: string };
    pharmacy: { id: string; name: string } | null;
    items: Array<{ id: string }>;
  }>;
};

export type StaffPrescriptionFieldsFragment = {
  id: string;
  status: PrescriptionStatus;
  prescriberName: string;
  prescriberLicense: string;
  issuedAt: string;
  expiresAt: string;
  createdAt: string;
  rejectionReason: string | null;
  patient: { id: string; name: string };
  pharmacy: { id: string; name: string } | null;
  verifiedBy: { id: string; name: string } | null;
  items: Array<{
    id: string;
    quantity: number;
    refills: number;
    instructions: string | null;
    medication: { id: string; name: string; requiresPrescription: boolean };
  }>;
  document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
};

export type StaffPrescriptionQueryVariables = Exact<{
  id: string | number;
}>;

export type StaffPrescriptionQuery = {
  prescription: {
    id: string;
    status: PrescriptionStatus;
    prescriberName: string;
    prescriberLicense: string;
    issuedAt: string;
    expiresAt: string;
    createdAt: string;
    rejectionReason: string | null;
    patient: { id: string; name: string };
    pharmacy: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    items: Array<{
      id: string;
      quantity: number;
      refills: number;
      instructions: string | null;
      medication: { id: string; name: string; requiresPrescription: boolean };
    }>;
    document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
  } | null;
};

export type StaffVerifyPrescriptionMutationVariables = Exact<{
  id: string | number;
}>;

export type StaffVerifyPrescriptionMutation = {
  verifyPrescription: {
    id: string;
    status: PrescriptionStatus;
    prescriberName: string;
    prescriberLicense: string;
    issuedAt: string;
    expiresAt: string;
    createdAt: string;
    rejectionReason: string | null;
    patient: { id: string; name: string };
    pharmacy: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    items: Array<{
      id: string;
      quantity: number;
      refills: number;
      instructions: string | null;
      medication: { id: string; name: string; requiresPrescription: boolean };
    }>;
    document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
  };
};

export type StaffRejectPrescriptionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type StaffRejectPrescriptionMutation = {
  rejectPrescription: {
    id: string;
    status: PrescriptionStatus;
    prescriberName: string;
    prescriberLicense: string;
    issuedAt: string;
    expiresAt: string;
    createdAt: string;
    rejectionReason: string | null;
    patient: { id: string; name: string };
    pharmacy: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    items: Array<{
      id: string;
      quantity: number;
      refills: number;
      instructions: string | null;
      medication: { id: string; name: string; requiresPrescription: boolean };
    }>;
    document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
  };
};

export type StaffOrderFieldsFragment = {
  id: string;
  status: OrderStatus;
  createdAt: string;
  deliveryAddress: string;
  paymentDueAt: string | null;
  cancelReason: string | null;
  customer: { id: string; name: string };
  pharmacy: { id: string; name: string };
  courier: { id: string; name: string } | null;
  lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
  total: { amount: number; currency: string };
};

export type StaffOrdersQueryVariables = Exact<{
  status?: OrderStatus | null | undefined;
  pharmacyId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type StaffOrdersQuery = {
  orders: {
    endCursor: string | null;
    hasNextPage: boolean;
    nodes: Array<{
      id: string;
      status: OrderStatus;
      createdAt: string;
      deliveryAddress: string;
      paymentDueAt: string | null;
      cancelReason: string | null;
      customer: { id: string; name: string };
      pharmacy: { id: string; name: string };
      courier: { id: string; name: string } | null;
      lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
      total: { amount: number; currency: string };
    }>;
  };
};

export type StaffOrderUpdatesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type StaffOrderUpdatesSubscription = {
  orderStatusChanged: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    paymentDueAt: string | null;
    cancelReason: string | null;
    customer: { id: string; name: string };
    pharmacy: { id: string; name: string };
    courier: { id: string; name: string } | null;
    lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
    total: { amount: number; currency: string };
  };
};

export type StaffUpdateOrderStatusMutationVariables = Exact<{
  id: string | number;
  status: OrderStatus;
}>;

export type StaffUpdateOrderStatusMutation = {
  updateOrderStatus: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    paymentDueAt: string | null;
    cancelReason: string | null;
    customer: { id: string; name: string };
    pharmacy: { id: string; name: string };
    courier: { id: string; name: string } | null;
    lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
    total: { amount: number; currency: string };
  };
};

export type StaffAssignCourierMutationVariables = Exact<{
  orderId: string | number;
  courierId: string | number;
}>;

export type StaffAssignCourierMutation = {
  assignCourier: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    paymentDueAt: string | null;
    cancelReason: string | null;
    customer: { id: string; name: string };
    pharmacy: { id: string; name: string };
    courier: { id: string; name: string } | null;
    lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
    total: { amount: number; currency: string };
  };
};

export type StaffCancelOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type StaffCancelOrderMutation = {
  cancelOrder: {
    id: string;
    status: OrderStatus;
    createdAt: string;
    deliveryAddress: string;
    paymentDueAt: string | null;
    cancelReason: string | null;
    customer: { id: string; name: string };
    pharmacy: { id: string; name: string };
    courier: { id: string; name: string } | null;
    lines: Array<{ quantity: number; medication: { id: string; name: string } }>;
    total: { amount: number; currency: string };
  };
};

export type StaffPharmacyStaffQueryVariables = Exact<{
  id: string | number;
}>;

export type StaffPharmacyStaffQuery = {
  pharmacy: {
    id: string;
    name: string;
    address: string;
    staff: Array<{ id: string; name: string; email: string; role: Role }>;
  } | null;
};

export type StaffStockItemFieldsFragment = {
  quantityAvailable: number;
  medication: { id: string; name: string; requiresPrescription: boolean };
  history: Array<{
    delta: number;
    reason: string;
    at: string;
    by: { id: string; name: string } | null;
  }>;
};

export type StaffStockQueryVariables = Exact<{
  pharmacyId: string | number;
}>;

export type StaffStockQuery = {
  pharmacy: {
    id: string;
    name: string;
    stock: Array<{
      quantityAvailable: number;
      medication: { id: string; name: string; requiresPrescription: boolean };
      history: Array<{
        delta: number;
        reason: string;
        at: string;
        by: { id: string; name: string } | null;
      }>;
    }>;
  } | null;
};

export type StaffSetStockMutationVariables = Exact<{
  pharmacyId: string | number;
  medicationId: string | number;
  quantity: number;
}>;

export type StaffSetStockMutation = {
  setStock: {
    quantityAvailable: number;
    medication: { id: string; name: string; requiresPrescription: boolean };
    history: Array<{
      delta: number;
      reason: string;
      at: string;
      by: { id: string; name: string } | null;
    }>;
  };
};

export type StaffSearchMedicationsQueryVariables = Exact<{
  search: string;
}>;

export type StaffSearchMedicationsQuery = {
  medications: { nodes: Array<{ id: string; name: string }> };
};

export type StaffUserFieldsFragment = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  pharmacies: Array<{ id: string; name: string }>;
};

export type StaffUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: Role | null | undefined;
  after?: string | null | undefined;
}>;

export type StaffUsersQuery = {
  users: {
    endCursor: string | null;
    hasNextPage: boolean;
    nodes: Array<{
      id: string;
      name: string;
      email: string;
      role: Role;
      createdAt: string;
      pharmacies: Array<{ id: string; name: string }>;
    }>;
  };
};

export type StaffSetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;

export type StaffSetUserRoleMutation = {
  setUserRole: {
    id: string;
    name: string;
    email: string;
    role: Role;
    createdAt: string;
    pharmacies: Array<{ id: string; name: string }>;
  };
};

export type StaffAssignStaffMutationVariables = Exact<{
  userId: string | number;
  pharmacyId: string | number;
}>;

export type StaffAssignStaffMutation = {
  assignStaff: {
    id: string;
    name: string;
    email: string;
    role: Role;
    createdAt: string;
    pharmacies: Array<{ id: string; name: string }>;
  };
};

export type StaffUnassignStaffMutationVariables = Exact<{
  userId: string | number;
  pharmacyId: string | number;
}>;

export type StaffUnassignStaffMutation = {
  unassignStaff: {
    id: string;
    name: string;
    email: string;
    role: Role;
    createdAt: string;
    pharmacies: Array<{ id: string; name: string }>;
  };
};

export type StaffPharmaciesQueryVariables = Exact<{ [key: string]: never }>;

export type StaffPharmaciesQuery = {
  pharmacies: Array<{ id: string; name: string; address: string; phone: string | null }>;
};

export type StaffAddPharmacyMutationVariables = Exact<{
  input: PharmacyInput;
}>;

export type StaffAddPharmacyMutation = {
  addPharmacy: { id: string; name: string; address: string; phone: string | null };
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
export const SessionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    name
    role
  }
}
    `,
  { fragmentName: 'SessionFields' },
) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const PrescriptionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PrescriptionFields on Prescription {
  id
  status
  prescriberName
  issuedAt
  expiresAt
  rejectionReason
  pharmacy {
    id
    name
  }
  document {
    contentType
    sizeBytes
  }
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
export const PaymentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
  }
}
    `,
  { fragmentName: 'PaymentFields' },
) as unknown as TypedDocumentString<PaymentFieldsFragment, unknown>;
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
  }
}
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
  }
}`,
  { fragmentName: 'OrderFields' },
) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const StaffPrescriptionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StaffPrescriptionFields on Prescription {
  id
  status
  prescriberName
  prescriberLicense
  issuedAt
  expiresAt
  createdAt
  rejectionReason
  patient {
    id
    name
  }
  pharmacy {
    id
    name
  }
  verifiedBy {
    id
    name
  }
  items {
    id
    quantity
    refills
    instructions
    medication {
      id
      name
      requiresPrescription
    }
  }
  document {
    contentType
    sizeBytes
    dataUrl
  }
}
    `,
  { fragmentName: 'StaffPrescriptionFields' },
) as unknown as TypedDocumentString<StaffPrescriptionFieldsFragment, unknown>;
export const StaffOrderFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}
    `,
  { fragmentName: 'StaffOrderFields' },
) as unknown as TypedDocumentString<StaffOrderFieldsFragment, unknown>;
export const StaffStockItemFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StaffStockItemFields on StockItem {
  quantityAvailable
  medication {
    id
    name
    requiresPrescription
  }
  history(first: 5) {
    delta
    reason
    at
    by {
      id
      name
    }
  }
}
    `,
  { fragmentName: 'StaffStockItemFields' },
) as unknown as TypedDocumentString<StaffStockItemFieldsFragment, unknown>;
export const StaffUserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment StaffUserFields on User {
  id
  name
  email
  role
  createdAt
  pharmacies {
    id
    name
  }
}
    `,
  { fragmentName: 'StaffUserFields' },
) as unknown as TypedDocumentString<StaffUserFieldsFragment, unknown>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  user {
    id
    name
    role
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
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
    phone
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
  pharmacy {
    id
    name
  }
  document {
    contentType
    sizeBytes
  }
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
fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
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
  pharmacy {
    id
    name
  }
  document {
    contentType
    sizeBytes
  }
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
        requiresPrescription
        price {
          amount
          currency
        }
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
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
  }
}`) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = new TypedDocumentString(`
    mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {
  payOrder(
    orderId: $orderId
    paymentMethod: $paymentMethod
    idempotencyKey: $idempotencyKey
  ) {
    ...PaymentFields
    clientSecret
    order {
      ...OrderFields
    }
  }
}
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
  }
}`) as unknown as TypedDocumentString<PayOrderMutation, PayOrderMutationVariables>;
export const OrderStatusChangedDocument = new TypedDocumentString(`
    subscription OrderStatusChanged($orderId: ID) {
  orderStatusChanged(orderId: $orderId) {
    ...OrderFields
  }
}
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
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
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
  }
}`) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $reason: String) {
  cancelOrder(id: $id, reason: $reason) {
    ...OrderFields
  }
}
    fragment PaymentFields on PaymentApproval {
  id
  status
  method
  failureReason
  amount {
    amount
    currency
  }
  refundedAmount {
    amount
    currency
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
  paymentDueAt
  cancelReason
  lines {
    quantity
    medication {
      id
      name
      strength
    }
    unitPrice {
      amount
      currency
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
    ...PaymentFields
  }
}`) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const PharmaciesDocument = new TypedDocumentString(`
    query Pharmacies {
  pharmacies {
    id
    name
    address
  }
}
    `) as unknown as TypedDocumentString<PharmaciesQuery, PharmaciesQueryVariables>;
export const PrescriptionDocumentDocument = new TypedDocumentString(`
    query PrescriptionDocument($id: ID!) {
  prescription(id: $id) {
    id
    document {
      contentType
      sizeBytes
      dataUrl
    }
  }
}
    `) as unknown as TypedDocumentString<
  PrescriptionDocumentQuery,
  PrescriptionDocumentQueryVariables
>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: ProfileInput!) {
  updateProfile(input: $input) {
    id
    name
    phone
    address
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  me {
    id
    name
    role
    pharmacies {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;
export const StaffReviewQueueDocument = new TypedDocumentString(`
    query StaffReviewQueue {
  prescriptions(status: SUBMITTED) {
    id
    prescriberName
    createdAt
    patient {
      id
      name
    }
    pharmacy {
      id
      name
    }
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StaffReviewQueueQuery, StaffReviewQueueQueryVariables>;
export const StaffPrescriptionDocument = new TypedDocumentString(`
    query StaffPrescription($id: ID!) {
  prescription(id: $id) {
    ...StaffPrescriptionFields
  }
}
    fragment StaffPrescriptionFields on Prescription {
  id
  status
  prescriberName
  prescriberLicense
  issuedAt
  expiresAt
  createdAt
  rejectionReason
  patient {
    id
    name
  }
  pharmacy {
    id
    name
  }
  verifiedBy {
    id
    name
  }
  items {
    id
    quantity
    refills
    instructions
    medication {
      id
      name
      requiresPrescription
    }
  }
  document {
    contentType
    sizeBytes
    dataUrl
  }
}`) as unknown as TypedDocumentString<StaffPrescriptionQuery, StaffPrescriptionQueryVariables>;
export const StaffVerifyPrescriptionDocument = new TypedDocumentString(`
    mutation StaffVerifyPrescription($id: ID!) {
  verifyPrescription(id: $id) {
    ...StaffPrescriptionFields
  }
}
    fragment StaffPrescriptionFields on Prescription {
  id
  status
  prescriberName
  prescriberLicense
  issuedAt
  expiresAt
  createdAt
  rejectionReason
  patient {
    id
    name
  }
  pharmacy {
    id
    name
  }
  verifiedBy {
    id
    name
  }
  items {
    id
    quantity
    refills
    instructions
    medication {
      id
      name
      requiresPrescription
    }
  }
  document {
    contentType
    sizeBytes
    dataUrl
  }
}`) as unknown as TypedDocumentString<
  StaffVerifyPrescriptionMutation,
  StaffVerifyPrescriptionMutationVariables
>;
export const StaffRejectPrescriptionDocument = new TypedDocumentString(`
    mutation StaffRejectPrescription($id: ID!, $reason: String!) {
  rejectPrescription(id: $id, reason: $reason) {
    ...StaffPrescriptionFields
  }
}
    fragment StaffPrescriptionFields on Prescription {
  id
  status
  prescriberName
  prescriberLicense
  issuedAt
  expiresAt
  createdAt
  rejectionReason
  patient {
    id
    name
  }
  pharmacy {
    id
    name
  }
  verifiedBy {
    id
    name
  }
  items {
    id
    quantity
    refills
    instructions
    medication {
      id
      name
      requiresPrescription
    }
  }
  document {
    contentType
    sizeBytes
    dataUrl
  }
}`) as unknown as TypedDocumentString<
  StaffRejectPrescriptionMutation,
  StaffRejectPrescriptionMutationVariables
>;
export const StaffOrdersDocument = new TypedDocumentString(`
    query StaffOrders($status: OrderStatus, $pharmacyId: ID, $after: String) {
  orders(status: $status, pharmacyId: $pharmacyId, first: 20, after: $after) {
    nodes {
      ...StaffOrderFields
    }
    endCursor
    hasNextPage
  }
}
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<StaffOrdersQuery, StaffOrdersQueryVariables>;
export const StaffOrderUpdatesDocument = new TypedDocumentString(`
    subscription StaffOrderUpdates {
  orderStatusChanged {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<
  StaffOrderUpdatesSubscription,
  StaffOrderUpdatesSubscriptionVariables
>;
export const StaffUpdateOrderStatusDocument = new TypedDocumentString(`
    mutation StaffUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
  updateOrderStatus(id: $id, status: $status) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<
  StaffUpdateOrderStatusMutation,
  StaffUpdateOrderStatusMutationVariables
>;
export const StaffAssignCourierDocument = new TypedDocumentString(`
    mutation StaffAssignCourier($orderId: ID!, $courierId: ID!) {
  assignCourier(orderId: $orderId, courierId: $courierId) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<
  StaffAssignCourierMutation,
  StaffAssignCourierMutationVariables
>;
export const StaffCancelOrderDocument = new TypedDocumentString(`
    mutation StaffCancelOrder($id: ID!, $reason: String) {
  cancelOrder(id: $id, reason: $reason) {
    ...StaffOrderFields
  }
}
    fragment StaffOrderFields on Order {
  id
  status
  createdAt
  deliveryAddress
  paymentDueAt
  cancelReason
  customer {
    id
    name
  }
  pharmacy {
    id
    name
  }
  courier {
    id
    name
  }
  lines {
    quantity
    medication {
      id
      name
    }
  }
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<StaffCancelOrderMutation, StaffCancelOrderMutationVariables>;
export const StaffPharmacyStaffDocument = new TypedDocumentString(`
    query StaffPharmacyStaff($id: ID!) {
  pharmacy(id: $id) {
    id
    name
    address
    staff {
      id
      name
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPharmacyStaffQuery, StaffPharmacyStaffQueryVariables>;
export const StaffStockDocument = new TypedDocumentString(`
    query StaffStock($pharmacyId: ID!) {
  pharmacy(id: $pharmacyId) {
    id
    name
    stock {
      ...StaffStockItemFields
    }
  }
}
    fragment StaffStockItemFields on StockItem {
  quantityAvailable
  medication {
    id
    name
    requiresPrescription
  }
  history(first: 5) {
    delta
    reason
    at
    by {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<StaffStockQuery, StaffStockQueryVariables>;
export const StaffSetStockDocument = new TypedDocumentString(`
    mutation StaffSetStock($pharmacyId: ID!, $medicationId: ID!, $quantity: Int!) {
  setStock(
    pharmacyId: $pharmacyId
    medicationId: $medicationId
    quantity: $quantity
  ) {
    ...StaffStockItemFields
  }
}
    fragment StaffStockItemFields on StockItem {
  quantityAvailable
  medication {
    id
    name
    requiresPrescription
  }
  history(first: 5) {
    delta
    reason
    at
    by {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<StaffSetStockMutation, StaffSetStockMutationVariables>;
export const StaffSearchMedicationsDocument = new TypedDocumentString(`
    query StaffSearchMedications($search: String!) {
  medications(search: $search, first: 8) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<
  StaffSearchMedicationsQuery,
  StaffSearchMedicationsQueryVariables
>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers($search: String, $role: Role, $after: String) {
  users(search: $search, role: $role, first: 20, after: $after) {
    nodes {
      ...StaffUserFields
    }
    endCursor
    hasNextPage
  }
}
    fragment StaffUserFields on User {
  id
  name
  email
  role
  createdAt
  pharmacies {
    id
    name
  }
}`) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;
export const StaffSetUserRoleDocument = new TypedDocumentString(`
    mutation StaffSetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...StaffUserFields
  }
}
    fragment StaffUserFields on User {
  id
  name
  email
  role
  createdAt
  pharmacies {
    id
    name
  }
}`) as unknown as TypedDocumentString<StaffSetUserRoleMutation, StaffSetUserRoleMutationVariables>;
export const StaffAssignStaffDocument = new TypedDocumentString(`
    mutation StaffAssignStaff($userId: ID!, $pharmacyId: ID!) {
  assignStaff(userId: $userId, pharmacyId: $pharmacyId) {
    ...StaffUserFields
  }
}
    fragment StaffUserFields on User {
  id
  name
  email
  role
  createdAt
  pharmacies {
    id
    name
  }
}`) as unknown as TypedDocumentString<StaffAssignStaffMutation, StaffAssignStaffMutationVariables>;
export const StaffUnassignStaffDocument = new TypedDocumentString(`
    mutation StaffUnassignStaff($userId: ID!, $pharmacyId: ID!) {
  unassignStaff(userId: $userId, pharmacyId: $pharmacyId) {
    ...StaffUserFields
  }
}
    fragment StaffUserFields on User {
  id
  name
  email
  role
  createdAt
  pharmacies {
    id
    name
  }
}`) as unknown as TypedDocumentString<
  StaffUnassignStaffMutation,
  StaffUnassignStaffMutationVariables
>;
export const StaffPharmaciesDocument = new TypedDocumentString(`
    query StaffPharmacies {
  pharmacies {
    id
    name
    address
    phone
  }
}
    `) as unknown as TypedDocumentString<StaffPharmaciesQuery, StaffPharmaciesQueryVariables>;
export const StaffAddPharmacyDocument = new TypedDocumentString(`
    mutation StaffAddPharmacy($input: PharmacyInput!) {
  addPharmacy(input: $input) {
    id
    name
    address
    phone
  }
}
    `) as unknown as TypedDocumentString<
  StaffAddPharmacyMutation,
  StaffAddPharmacyMutationVariables
>;
