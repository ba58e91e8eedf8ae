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
  '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      role\n    }\n  }\n': typeof types.SessionFieldsFragmentDoc;
  '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n': typeof types.LogInDocument;
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n': typeof types.RegisterDocument;
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation LogOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n': typeof types.LogOutDocument;
  '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    pharmacy {\n      id\n      name\n    }\n    document {\n      contentType\n      sizeBytes\n    }\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.PrescriptionFieldsFragmentDoc;
  '\n  fragment PaymentFields on PaymentApproval {\n    id\n    status\n    method\n    failureReason\n    amount {\n      amount\n      currency\n    }\n    refundedAmount {\n      amount\n      currency\n    }\n  }\n': typeof types.PaymentFieldsFragmentDoc;
  '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    paymentDueAt\n    cancelReason\n    lines {\n      quantity\n      medication {\n        id\n        name\n        strength\n      }\n      unitPrice {\n        amount\n        currency\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      ...PaymentFields\n    }\n  }\n': typeof types.OrderFieldsFragmentDoc;
  '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      phone\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n': typeof types.MyPharmacyDocument;
  '\n  mutation UploadPrescription($input: PrescriptionInput!) {\n    uploadPrescription(input: $input) {\n      ...PrescriptionFields\n    }\n  }\n': typeof types.UploadPrescriptionDocument;
  '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n          requiresPrescription\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n': typeof types.ScanPrescriptionDocument;
  '\n  query SearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n': typeof types.SearchMedicationsDocument;
  '\n  query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {\n    pharmaciesNearby(\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: 25\n      medicationIds: $medicationIds\n    ) {\n      distanceKm\n      hasAll\n      pharmacy {\n        id\n        name\n        address\n      }\n      stock {\n        quantityAvailable\n        medication {\n          id\n        }\n      }\n    }\n  }\n': typeof types.PharmaciesNearbyDocument;
  '\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n': typeof types.PlaceOrderDocument;
  '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      ...PaymentFields\n      # What Stripe.js finishes a 3-D Secure check with; asked here only, where payments has it\n      # at hand (on any later read it asks Stripe).\n      clientSecret\n      order {\n        ...OrderFields\n      }\n    }\n  }\n': typeof types.PayOrderDocument;
  '\n  subscription OrderStatusChanged($orderId: ID) {\n    orderStatusChanged(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderStatusChangedDocument;
  '\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderDocument;
  '\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...OrderFields\n    }\n  }\n': typeof types.CancelOrderDocument;
  '\n  query Pharmacies {\n    pharmacies {\n      id\n      name\n      address\n    }\n  }\n': typeof types.PharmaciesDocument;
  '\n  query PrescriptionDocument($id: ID!) {\n    prescription(id: $id) {\n      id\n      document {\n        contentType\n        sizeBytes\n        dataUrl\n      }\n    }\n  }\n': typeof types.PrescriptionDocumentDocument;
  '\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      phone\n      address\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n': typeof types.DeleteAccountDocument;
  '\n  query StaffMe {\n    me {\n      id\n      name\n      role\n      pharmacies {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StaffMeDocument;
  '\n  query StaffReviewQueue {\n    prescriptions(status: SUBMITTED) {\n      id\n      prescriberName\n      createdAt\n      patient {\n        id\n        name\n      }\n      pharmacy {\n        id\n        name\n      }\n      items {\n        id\n      }\n    }\n  }\n': typeof types.StaffReviewQueueDocument;
  '\n  fragment StaffPrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    prescriberLicense\n    issuedAt\n    expiresAt\n    createdAt\n    rejectionReason\n    patient {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    items {\n      id\n      quantity\n      refills\n      instructions\n      medication {\n        id\n        name\n        requiresPrescription\n      }\n    }\n    document {\n      contentType\n      sizeBytes\n      dataUrl\n    }\n  }\n': typeof types.StaffPrescriptionFieldsFragmentDoc;
  '\n  query StaffPrescription($id: ID!) {\n    prescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n': typeof types.StaffPrescriptionDocument;
  '\n  mutation StaffVerifyPrescription($id: ID!) {\n    verifyPrescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n': typeof types.StaffVerifyPrescriptionDocument;
  '\n  mutation StaffRejectPrescription($id: ID!, $reason: String!) {\n    rejectPrescription(id: $id, reason: $reason) {\n      ...StaffPrescriptionFields\n    }\n  }\n': typeof types.StaffRejectPrescriptionDocument;
  '\n  fragment StaffOrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    paymentDueAt\n    cancelReason\n    customer {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    courier {\n      id\n      name\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n    }\n    total {\n      amount\n      currency\n    }\n  }\n': typeof types.StaffOrderFieldsFragmentDoc;
  '\n  query StaffOrders($status: OrderStatus, $pharmacyId: ID, $after: String) {\n    orders(status: $status, pharmacyId: $pharmacyId, first: 20, after: $after) {\n      nodes {\n        ...StaffOrderFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n': typeof types.StaffOrdersDocument;
  '\n  subscription StaffOrderUpdates {\n    orderStatusChanged {\n      ...StaffOrderFields\n    }\n  }\n': typeof types.StaffOrderUpdatesDocument;
  '\n  mutation StaffUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...StaffOrderFields\n    }\n  }\n': typeof types.StaffUpdateOrderStatusDocument;
  '\n  mutation StaffAssignCourier($orderId: ID!, $courierId: ID!) {\n    assignCourier(orderId: $orderId, courierId: $courierId) {\n      ...StaffOrderFields\n    }\n  }\n': typeof types.StaffAssignCourierDocument;
  '\n  mutation StaffCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...StaffOrderFields\n    }\n  }\n': typeof types.StaffCancelOrderDocument;
  '\n  query StaffPharmacyStaff($id: ID!) {\n    pharmacy(id: $id) {\n      id\n      name\n      address\n      staff {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n': typeof types.StaffPharmacyStaffDocument;
  '\n  fragment StaffStockItemFields on StockItem {\n    quantityAvailable\n    medication {\n      id\n      name\n      requiresPrescription\n    }\n    history(first: 5) {\n      delta\n      reason\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StaffStockItemFieldsFragmentDoc;
  '\n  query StaffStock($pharmacyId: ID!) {\n    pharmacy(id: $pharmacyId) {\n      id\n      name\n      stock {\n        ...StaffStockItemFields\n      }\n    }\n  }\n': typeof types.StaffStockDocument;
  '\n  mutation StaffSetStock($pharmacyId: ID!, $medicationId: ID!, $quantity: Int!) {\n    setStock(pharmacyId: $pharmacyId, medicationId: $medicationId, quantity: $quantity) {\n      ...StaffStockItemFields\n    }\n  }\n': typeof types.StaffSetStockDocument;
  '\n  query StaffSearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StaffSearchMedicationsDocument;
  '\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    createdAt\n    pharmacies {\n      id\n      name\n    }\n  }\n': typeof types.StaffUserFieldsFragmentDoc;
  '\n  query StaffUsers($search: String, $role: Role, $after: String) {\n    users(search: $search, role: $role, first: 20, after: $after) {\n      nodes {\n        ...StaffUserFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n': typeof types.StaffUsersDocument;
  '\n  mutation StaffSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...StaffUserFields\n    }\n  }\n': typeof types.StaffSetUserRoleDocument;
  '\n  mutation StaffAssignStaff($userId: ID!, $pharmacyId: ID!) {\n    assignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n': typeof types.StaffAssignStaffDocument;
  '\n  mutation StaffUnassignStaff($userId: ID!, $pharmacyId: ID!) {\n    unassignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n': typeof types.StaffUnassignStaffDocument;
  '\n  query StaffPharmacies {\n    pharmacies {\n      id\n      name\n      address\n      phone\n    }\n  }\n': typeof types.StaffPharmaciesDocument;
  '\n  mutation StaffAddPharmacy($input: PharmacyInput!) {\n    addPharmacy(input: $input) {\n      id\n      name\n      address\n      phone\n    }\n  }\n': typeof types.StaffAddPharmacyDocument;
};
const documents: Documents = {
  '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      role\n    }\n  }\n':
    types.SessionFieldsFragmentDoc,
  '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n':
    types.LogInDocument,
  '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n':
    types.RegisterDocument,
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation LogOut($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n':
    types.LogOutDocument,
  '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    pharmacy {\n      id\n      name\n    }\n    document {\n      contentType\n      sizeBytes\n    }\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.PrescriptionFieldsFragmentDoc,
  '\n  fragment PaymentFields on PaymentApproval {\n    id\n    status\n    method\n    failureReason\n    amount {\n      amount\n      currency\n    }\n    refundedAmount {\n      amount\n      currency\n    }\n  }\n':
    types.PaymentFieldsFragmentDoc,
  '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    paymentDueAt\n    cancelReason\n    lines {\n      quantity\n      medication {\n        id\n        name\n        strength\n      }\n      unitPrice {\n        amount\n        currency\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      ...PaymentFields\n    }\n  }\n':
    types.OrderFieldsFragmentDoc,
  '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      phone\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n':
    types.MyPharmacyDocument,
  '\n  mutation UploadPrescription($input: PrescriptionInput!) {\n    uploadPrescription(input: $input) {\n      ...PrescriptionFields\n    }\n  }\n':
    types.UploadPrescriptionDocument,
  '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n          requiresPrescription\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n':
    types.ScanPrescriptionDocument,
  '\n  query SearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n':
    types.SearchMedicationsDocument,
  '\n  query PharmaciesNearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {\n    pharmaciesNearby(\n      latitude: $latitude\n      longitude: $longitude\n      radiusKm: 25\n      medicationIds: $medicationIds\n    ) {\n      distanceKm\n      hasAll\n      pharmacy {\n        id\n        name\n        address\n      }\n      stock {\n        quantityAvailable\n        medication {\n          id\n        }\n      }\n    }\n  }\n':
    types.PharmaciesNearbyDocument,
  '\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      ...OrderFields\n    }\n  }\n':
    types.PlaceOrderDocument,
  '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      ...PaymentFields\n      # What Stripe.js finishes a 3-D Secure check with; asked here only, where payments has it\n      # at hand (on any later read it asks Stripe).\n      clientSecret\n      order {\n        ...OrderFields\n      }\n    }\n  }\n':
    types.PayOrderDocument,
  '\n  subscription OrderStatusChanged($orderId: ID) {\n    orderStatusChanged(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n':
    types.OrderStatusChangedDocument,
  '\n  query Order($id: ID!) {\n    order(id: $id) {\n      ...OrderFields\n    }\n  }\n':
    types.OrderDocument,
  '\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...OrderFields\n    }\n  }\n':
    types.CancelOrderDocument,
  '\n  query Pharmacies {\n    pharmacies {\n      id\n      name\n      address\n    }\n  }\n':
    types.PharmaciesDocument,
  '\n  query PrescriptionDocument($id: ID!) {\n    prescription(id: $id) {\n      id\n      document {\n        contentType\n        sizeBytes\n        dataUrl\n      }\n    }\n  }\n':
    types.PrescriptionDocumentDocument,
  '\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      phone\n      address\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n':
    types.DeleteAccountDocument,
  '\n  query StaffMe {\n    me {\n      id\n      name\n      role\n      pharmacies {\n        id\n        name\n      }\n    }\n  }\n':
    types.StaffMeDocument,
  '\n  query StaffReviewQueue {\n    prescriptions(status: SUBMITTED) {\n      id\n      prescriberName\n      createdAt\n      patient {\n        id\n        name\n      }\n      pharmacy {\n        id\n        name\n      }\n      items {\n        id\n      }\n    }\n  }\n':
    types.StaffReviewQueueDocument,
  '\n  fragment StaffPrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    prescriberLicense\n    issuedAt\n    expiresAt\n    createdAt\n    rejectionReason\n    patient {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    items {\n      id\n      quantity\n      refills\n      instructions\n      medication {\n        id\n        name\n        requiresPrescription\n      }\n    }\n    document {\n      contentType\n      sizeBytes\n      dataUrl\n    }\n  }\n':
    types.StaffPrescriptionFieldsFragmentDoc,
  '\n  query StaffPrescription($id: ID!) {\n    prescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n':
    types.StaffPrescriptionDocument,
  '\n  mutation StaffVerifyPrescription($id: ID!) {\n    verifyPrescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n':
    types.StaffVerifyPrescriptionDocument,
  '\n  mutation StaffRejectPrescription($id: ID!, $reason: String!) {\n    rejectPrescription(id: $id, reason: $reason) {\n      ...StaffPrescriptionFields\n    }\n  }\n':
    types.StaffRejectPrescriptionDocument,
  '\n  fragment StaffOrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    paymentDueAt\n    cancelReason\n    customer {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    courier {\n      id\n      name\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n    }\n    total {\n      amount\n      currency\n    }\n  }\n':
    types.StaffOrderFieldsFragmentDoc,
  '\n  query StaffOrders($status: OrderStatus, $pharmacyId: ID, $after: String) {\n    orders(status: $status, pharmacyId: $pharmacyId, first: 20, after: $after) {\n      nodes {\n        ...StaffOrderFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n':
    types.StaffOrdersDocument,
  '\n  subscription StaffOrderUpdates {\n    orderStatusChanged {\n      ...StaffOrderFields\n    }\n  }\n':
    types.StaffOrderUpdatesDocument,
  '\n  mutation StaffUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...StaffOrderFields\n    }\n  }\n':
    types.StaffUpdateOrderStatusDocument,
  '\n  mutation StaffAssignCourier($orderId: ID!, $courierId: ID!) {\n    assignCourier(orderId: $orderId, courierId: $courierId) {\n      ...StaffOrderFields\n    }\n  }\n':
    types.StaffAssignCourierDocument,
  '\n  mutation StaffCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...StaffOrderFields\n    }\n  }\n':
    types.StaffCancelOrderDocument,
  '\n  query StaffPharmacyStaff($id: ID!) {\n    pharmacy(id: $id) {\n      id\n      name\n      address\n      staff {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n':
    types.StaffPharmacyStaffDocument,
  '\n  fragment StaffStockItemFields on StockItem {\n    quantityAvailable\n    medication {\n      id\n      name\n      requiresPrescription\n    }\n    history(first: 5) {\n      delta\n      reason\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n':
    types.StaffStockItemFieldsFragmentDoc,
  '\n  query StaffStock($pharmacyId: ID!) {\n    pharmacy(id: $pharmacyId) {\n      id\n      name\n      stock {\n        ...StaffStockItemFields\n      }\n    }\n  }\n':
    types.StaffStockDocument,
  '\n  mutation StaffSetStock($pharmacyId: ID!, $medicationId: ID!, $quantity: Int!) {\n    setStock(pharmacyId: $pharmacyId, medicationId: $medicationId, quantity: $quantity) {\n      ...StaffStockItemFields\n    }\n  }\n':
    types.StaffSetStockDocument,
  '\n  query StaffSearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.StaffSearchMedicationsDocument,
  '\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    createdAt\n    pharmacies {\n      id\n      name\n    }\n  }\n':
    types.StaffUserFieldsFragmentDoc,
  '\n  query StaffUsers($search: String, $role: Role, $after: String) {\n    users(search: $search, role: $role, first: 20, after: $after) {\n      nodes {\n        ...StaffUserFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n':
    types.StaffUsersDocument,
  '\n  mutation StaffSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...StaffUserFields\n    }\n  }\n':
    types.StaffSetUserRoleDocument,
  '\n  mutation StaffAssignStaff($userId: ID!, $pharmacyId: ID!) {\n    assignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n':
    types.StaffAssignStaffDocument,
  '\n  mutation StaffUnassignStaff($userId: ID!, $pharmacyId: ID!) {\n    unassignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n':
    types.StaffUnassignStaffDocument,
  '\n  query StaffPharmacies {\n    pharmacies {\n      id\n      name\n      address\n      phone\n    }\n  }\n':
    types.StaffPharmaciesDocument,
  '\n  mutation StaffAddPharmacy($input: PharmacyInput!) {\n    addPharmacy(input: $input) {\n      id\n      name\n      address\n      phone\n    }\n  }\n':
    types.StaffAddPharmacyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    user {\n      id\n      name\n      role\n    }\n  }\n',
): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n',
): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n',
): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n',
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
  source: '\n  fragment PrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    issuedAt\n    expiresAt\n    rejectionReason\n    pharmacy {\n      id\n      name\n    }\n    document {\n      contentType\n      sizeBytes\n    }\n    items {\n      id\n      quantity\n      refills\n      remainingQuantity\n      instructions\n      medication {\n        id\n        name\n        strength\n        requiresPrescription\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PrescriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentFields on PaymentApproval {\n    id\n    status\n    method\n    failureReason\n    amount {\n      amount\n      currency\n    }\n    refundedAmount {\n      amount\n      currency\n    }\n  }\n',
): typeof import('./graphql').PaymentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    pharmacy {\n      id\n      name\n      address\n    }\n    paymentDueAt\n    cancelReason\n    lines {\n      quantity\n      medication {\n        id\n        name\n        strength\n      }\n      unitPrice {\n        amount\n        currency\n      }\n      lineTotal {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    statusHistory {\n      status\n      at\n    }\n    payment {\n      ...PaymentFields\n    }\n  }\n',
): typeof import('./graphql').OrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyPharmacy {\n    me {\n      id\n      name\n      email\n      phone\n      address\n      prescriptions {\n        ...PrescriptionFields\n      }\n      orders {\n        ...OrderFields\n      }\n    }\n  }\n',
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
  source: '\n  mutation ScanPrescription($imageBase64: String!) {\n    scanPrescription(imageBase64: $imageBase64) {\n      text\n      prescriberName\n      prescriberLicense\n      items {\n        text\n        quantity\n        refills\n        instructions\n        medication {\n          id\n          name\n          strength\n          requiresPrescription\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n',
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
  source: '\n  mutation PayOrder($orderId: ID!, $paymentMethod: String!, $idempotencyKey: String!) {\n    payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $idempotencyKey) {\n      ...PaymentFields\n      # What Stripe.js finishes a 3-D Secure check with; asked here only, where payments has it\n      # at hand (on any later read it asks Stripe).\n      clientSecret\n      order {\n        ...OrderFields\n      }\n    }\n  }\n',
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...OrderFields\n    }\n  }\n',
): typeof import('./graphql').CancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Pharmacies {\n    pharmacies {\n      id\n      name\n      address\n    }\n  }\n',
): typeof import('./graphql').PharmaciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PrescriptionDocument($id: ID!) {\n    prescription(id: $id) {\n      id\n      document {\n        contentType\n        sizeBytes\n        dataUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').PrescriptionDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      phone\n      address\n    }\n  }\n',
): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n',
): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffMe {\n    me {\n      id\n      name\n      role\n      pharmacies {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffReviewQueue {\n    prescriptions(status: SUBMITTED) {\n      id\n      prescriberName\n      createdAt\n      patient {\n        id\n        name\n      }\n      pharmacy {\n        id\n        name\n      }\n      items {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffPrescriptionFields on Prescription {\n    id\n    status\n    prescriberName\n    prescriberLicense\n    issuedAt\n    expiresAt\n    createdAt\n    rejectionReason\n    patient {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    items {\n      id\n      quantity\n      refills\n      instructions\n      medication {\n        id\n        name\n        requiresPrescription\n      }\n    }\n    document {\n      contentType\n      sizeBytes\n      dataUrl\n    }\n  }\n',
): typeof import('./graphql').StaffPrescriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffPrescription($id: ID!) {\n    prescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n',
): typeof import('./graphql').StaffPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffVerifyPrescription($id: ID!) {\n    verifyPrescription(id: $id) {\n      ...StaffPrescriptionFields\n    }\n  }\n',
): typeof import('./graphql').StaffVerifyPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffRejectPrescription($id: ID!, $reason: String!) {\n    rejectPrescription(id: $id, reason: $reason) {\n      ...StaffPrescriptionFields\n    }\n  }\n',
): typeof import('./graphql').StaffRejectPrescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffOrderFields on Order {\n    id\n    status\n    createdAt\n    deliveryAddress\n    paymentDueAt\n    cancelReason\n    customer {\n      id\n      name\n    }\n    pharmacy {\n      id\n      name\n    }\n    courier {\n      id\n      name\n    }\n    lines {\n      quantity\n      medication {\n        id\n        name\n      }\n    }\n    total {\n      amount\n      currency\n    }\n  }\n',
): typeof import('./graphql').StaffOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffOrders($status: OrderStatus, $pharmacyId: ID, $after: String) {\n    orders(status: $status, pharmacyId: $pharmacyId, first: 20, after: $after) {\n      nodes {\n        ...StaffOrderFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n',
): typeof import('./graphql').StaffOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription StaffOrderUpdates {\n    orderStatusChanged {\n      ...StaffOrderFields\n    }\n  }\n',
): typeof import('./graphql').StaffOrderUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      ...StaffOrderFields\n    }\n  }\n',
): typeof import('./graphql').StaffUpdateOrderStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffAssignCourier($orderId: ID!, $courierId: ID!) {\n    assignCourier(orderId: $orderId, courierId: $courierId) {\n      ...StaffOrderFields\n    }\n  }\n',
): typeof import('./graphql').StaffAssignCourierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      ...StaffOrderFields\n    }\n  }\n',
): typeof import('./graphql').StaffCancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffPharmacyStaff($id: ID!) {\n    pharmacy(id: $id) {\n      id\n      name\n      address\n      staff {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffPharmacyStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffStockItemFields on StockItem {\n    quantityAvailable\n    medication {\n      id\n      name\n      requiresPrescription\n    }\n    history(first: 5) {\n      delta\n      reason\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffStockItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffStock($pharmacyId: ID!) {\n    pharmacy(id: $pharmacyId) {\n      id\n      name\n      stock {\n        ...StaffStockItemFields\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffSetStock($pharmacyId: ID!, $medicationId: ID!, $quantity: Int!) {\n    setStock(pharmacyId: $pharmacyId, medicationId: $medicationId, quantity: $quantity) {\n      ...StaffStockItemFields\n    }\n  }\n',
): typeof import('./graphql').StaffSetStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffSearchMedications($search: String!) {\n    medications(search: $search, first: 8) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').StaffSearchMedicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    createdAt\n    pharmacies {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').StaffUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffUsers($search: String, $role: Role, $after: String) {\n    users(search: $search, role: $role, first: 20, after: $after) {\n      nodes {\n        ...StaffUserFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n',
): typeof import('./graphql').StaffUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffSetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...StaffUserFields\n    }\n  }\n',
): typeof import('./graphql').StaffSetUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffAssignStaff($userId: ID!, $pharmacyId: ID!) {\n    assignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n',
): typeof import('./graphql').StaffAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffUnassignStaff($userId: ID!, $pharmacyId: ID!) {\n    unassignStaff(userId: $userId, pharmacyId: $pharmacyId) {\n      ...StaffUserFields\n    }\n  }\n',
): typeof import('./graphql').StaffUnassignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffPharmacies {\n    pharmacies {\n      id\n      name\n      address\n      phone\n    }\n  }\n',
): typeof import('./graphql').StaffPharmaciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffAddPharmacy($input: PharmacyInput!) {\n    addPharmacy(input: $input) {\n      id\n      name\n      address\n      phone\n    }\n  }\n',
): typeof import('./graphql').StaffAddPharmacyDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
