// Every operation the web app sends. `npm run codegen` turns each into a typed document in ../gql.
import { graphql } from '../gql';

export const SessionFieldsFragment = graphql(`
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
`);

export const LogInDocument = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionFields
    }
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

export const LogOutDocument = graphql(`
  mutation LogOut($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const PrescriptionFieldsFragment = graphql(`
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
`);

export const PaymentFieldsFragment = graphql(`
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
`);

export const OrderFieldsFragment = graphql(`
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
`);

export const MyPharmacyDocument = graphql(`
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
`);

export const UploadPrescriptionDocument = graphql(`
  mutation UploadPrescription($input: PrescriptionInput!) {
    uploadPrescription(input: $input) {
      ...PrescriptionFields
    }
  }
`);

export const ScanPrescriptionDocument = graphql(`
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
`);

export const SearchMedicationsDocument = graphql(`
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
`);

export const PharmaciesNearbyDocument = graphql(`
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
`);

export const PlaceOrderDocument = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {
    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {
      ...OrderFields
    }
  }
`);

export const PayOrderDocument = graphql(`
  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {
    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {
      ...PaymentFields
      # What Stripe.js finishes a 3-D Secure check with; asked here only, where payments has it
      # at hand (on any later read it asks Stripe).
      clientSecret
      order {
        ...OrderFields
      }
    }
  }
`);

export const OrderStatusChangedDocument = graphql(`
  subscription OrderStatusChanged($orderId: ID) {
    orderStatusChanged(orderId: $orderId) {
      ...OrderFields
    }
  }
`);

export const OrderDocument = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderFields
    }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) {
      ...OrderFields
    }
  }
`);

export const PharmaciesDocument = graphql(`
  query Pharmacies {
    pharmacies {
      id
      name
      address
    }
  }
`);

export const PrescriptionDocumentDocument = graphql(`
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
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      id
      name
      phone
      address
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
