/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n': typeof types.LogInDocument;
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation LogOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n': typeof types.LogOutDocument;
  '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.PrescriptionFieldsFragmentDoc;
  '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      id\n      status\n      method\n      failureReason\n    }\n  }\n': typeof types.OrderFieldsFragmentDoc;
  '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n': typeof types.MyPharmacyDocument;
  '\n  mutation UploadPrescription($input: PrescriptionInput!) {\n    uploadPrescription(input: $input) {\n      ...PrescriptionFields\n    }\n  }\n': typeof types.UploadPrescriptionDocument;
  '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n        }\n      }\n    }\n  }\n': typeof types.ScanPrescriptionDocument;
  '\n  query SearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.SearchMedicationsDocument;
  '\n  query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {\n    pharmaciesNearby(\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: 25\n      medicationIds: $medicationIds\n    ) {\n      distanceKm\n      hasAll\n      pharmacy {\n        id\n        name\n        address\n      }\n      stock {\n        quantityAvailable\n        medication {\n          id\n        }\n      }\n    }\n  }\n': typeof types.PharmaciesNearbyDocument;
  '\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n': typeof types.PlaceOrderDocument;
  '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      method\n      failureReason\n      order {\n        ...OrderFields\n      }\n    }\n  }\n': typeof types.PayOrderDocument;
  '\n  subscription OrderStatusChanged($orderId: ID) {\n    orderStatusChanged(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderStatusChangedDocument;
  '\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderDocument;
};
const documents: Documents = {
  '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n':
    types.LogInDocument,
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation LogOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n':
    types.LogOutDocument,
  '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.PrescriptionFieldsFragmentDoc,
  '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      id\n      status\n      method\n      failureReason\n    }\n  }\n':
    types.OrderFieldsFragmentDoc,
  '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n':
    types.MyPharmacyDocument,
  '\n  mutation UploadPrescription($input: PrescriptionInput!) {\n    uploadPrescription(input: $input) {\n      ...PrescriptionFields\n    }\n  }\n':
    types.UploadPrescriptionDocument,
  '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n        }\n      }\n    }\n  }\n':
    types.ScanPrescriptionDocument,
  '\n  query SearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.SearchMedicationsDocument,
  '\n  query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {\n    pharmaciesNearby(\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: 25\n      medicationIds: $medicationIds\n    ) {\n      distanceKm\n      hasAll\n      pharmacy {\n        id\n        name\n        address\n      }\n      stock {\n        quantityAvailable\n        medication {\n          id\n        }\n      }\n    }\n  }\n':
    types.PharmaciesNearbyDocument,
  '\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n':
    types.PlaceOrderDocument,
  '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      method\n      failureReason\n      order {\n        ...OrderFields\n      }\n    }\n  }\n':
    types.PayOrderDocument,
  '\n  subscription OrderStatusChanged($orderId: ID) {\n    orderStatusChanged(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n':
    types.OrderStatusChangedDocument,
  '\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n':
    types.OrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n',
): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PrescriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      id\n      status\n      method\n      failureReason\n    }\n  }\n',
): typeof import('./graphql').OrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n',
): typeof import('./graphql').MyPharmacyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadPrescription($input: PrescriptionInput!) {\n    uploadPrescription(input: $input) {\n      ...PrescriptionFields\n    }\n  }\n',
): typeof import('./graphql').UploadPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ScanPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchMedicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {\n    pharmaciesNearby(\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: 25\n      medicationIds: $medicationIds\n    ) {\n      distanceKm\n      hasAll\n      pharmacy {\n        id\n        name\n        address\n      }\n      stock {\n        quantityAvailable\n        medication {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PharmaciesNearbyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n',
): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      method\n      failureReason\n      order {\n        ...OrderFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PayOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OrderStatusChanged($orderId: ID) {\n    orderStatusChanged(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n',
): typeof import('./graphql').OrderStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n',
): typeof import('./graphql').OrderDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
