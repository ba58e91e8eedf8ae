// Every operation the web app sends. `npm run codegen` turns each into a typed document in ../gql.
import { graphql } from '../gql';

export const LogInDocument = graphql(`
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
`);

export const RefreshSessionDocument = graphql(`
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
`);

export const MyPharmacyDocument = graphql(`
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
      id
      status
      method
      failureReason
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
