// Every operation the staff console sends; `npm run codegen` types each into ../gql. Names start
// with Staff so they never meet the patient app's in the one generated module.
import { graphql } from '../gql';

export const StaffMeDocument = graphql(`
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
`);

export const StaffReviewQueueDocument = graphql(`
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
`);

export const StaffPrescriptionFieldsFragment = graphql(`
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
`);

export const StaffPrescriptionDocument = graphql(`
  query StaffPrescription($id: ID!) {
    prescription(id: $id) {
      ...StaffPrescriptionFields
    }
  }
`);

export const StaffVerifyPrescriptionDocument = graphql(`
  mutation StaffVerifyPrescription($id: ID!) {
    verifyPrescription(id: $id) {
      ...StaffPrescriptionFields
    }
  }
`);

export const StaffRejectPrescriptionDocument = graphql(`
  mutation StaffRejectPrescription($id: ID!, $reason: String!) {
    rejectPrescription(id: $id, reason: $reason) {
      ...StaffPrescriptionFields
    }
  }
`);

export const StaffOrderFieldsFragment = graphql(`
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
`);

export const StaffOrdersDocument = graphql(`
  query StaffOrders($status: OrderStatus, $pharmacyId: ID, $after: String) {
    orders(status: $status, pharmacyId: $pharmacyId, first: 20, after: $after) {
      nodes {
        ...StaffOrderFields
      }
      endCursor
      hasNextPage
    }
  }
`);

export const StaffOrderUpdatesDocument = graphql(`
  subscription StaffOrderUpdates {
    orderStatusChanged {
      ...StaffOrderFields
    }
  }
`);

export const StaffUpdateOrderStatusDocument = graphql(`
  mutation StaffUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      ...StaffOrderFields
    }
  }
`);

export const StaffAssignCourierDocument = graphql(`
  mutation StaffAssignCourier($orderId: ID!, $courierId: ID!) {
    assignCourier(orderId: $orderId, courierId: $courierId) {
      ...StaffOrderFields
    }
  }
`);

export const StaffCancelOrderDocument = graphql(`
  mutation StaffCancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) {
      ...StaffOrderFields
    }
  }
`);

export const StaffPharmacyStaffDocument = graphql(`
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
`);

export const StaffStockItemFieldsFragment = graphql(`
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
`);

export const StaffStockDocument = graphql(`
  query StaffStock($pharmacyId: ID!) {
    pharmacy(id: $pharmacyId) {
      id
      name
      stock {
        ...StaffStockItemFields
      }
    }
  }
`);

export const StaffSetStockDocument = graphql(`
  mutation StaffSetStock($pharmacyId: ID!, $medicationId: ID!, $quantity: Int!) {
    setStock(pharmacyId: $pharmacyId, medicationId: $medicationId, quantity: $quantity) {
      ...StaffStockItemFields
    }
  }
`);

export const StaffSearchMedicationsDocument = graphql(`
  query StaffSearchMedications($search: String!) {
    medications(search: $search, first: 8) {
      nodes {
        id
        name
      }
    }
  }
`);

export const StaffUserFieldsFragment = graphql(`
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
`);

export const StaffUsersDocument = graphql(`
  query StaffUsers($search: String, $role: Role, $after: String) {
    users(search: $search, role: $role, first: 20, after: $after) {
      nodes {
        ...StaffUserFields
      }
      endCursor
      hasNextPage
    }
  }
`);

export const StaffSetUserRoleDocument = graphql(`
  mutation StaffSetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...StaffUserFields
    }
  }
`);

export const StaffAssignStaffDocument = graphql(`
  mutation StaffAssignStaff($userId: ID!, $pharmacyId: ID!) {
    assignStaff(userId: $userId, pharmacyId: $pharmacyId) {
      ...StaffUserFields
    }
  }
`);

export const StaffUnassignStaffDocument = graphql(`
  mutation StaffUnassignStaff($userId: ID!, $pharmacyId: ID!) {
    unassignStaff(userId: $userId, pharmacyId: $pharmacyId) {
      ...StaffUserFields
    }
  }
`);

export const StaffPharmaciesDocument = graphql(`
  query StaffPharmacies {
    pharmacies {
      id
      name
      address
      phone
    }
  }
`);

export const StaffAddPharmacyDocument = graphql(`
  mutation StaffAddPharmacy($input: PharmacyInput!) {
    addPharmacy(input: $input) {
      id
      name
      address
      phone
    }
  }
`);
