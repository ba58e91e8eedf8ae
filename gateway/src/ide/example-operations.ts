import {
  DEMO_PASSWORD,
  demoPharmacies,
  medicationIdOf,
  pharmacyIdOf,
  userIdOf,
} from '@pharmacy/demo';

/** The tabs the IDE opens with on a first visit: each a runnable example against the demo data. */
export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
/**
 * The headers editor's starting point (JSON with comments). The header stays commented out until
 * a token is pasted: a placeholder token would be refused, schema introspection included.
 */
export const authorizationHeaders = `{
  // Run the LogIn tab, paste its accessToken below and remove the two slashes:
  // "Authorization": "Bearer <accessToken>"
}`;
const mitte = demoPharmacies[0]!;

const logIn = `# Sign in, then paste "accessToken" into the Headers
# (below the editor) of the tab you run next.
# Demo users: patient@, pharmacist@, courier@ and
# admin@demo.pharmacy, password demo-password.
mutation LogIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    expiresAt
    user { id name role }
  }
}
`;

const headline = `# The headline query: one request, answered by all
# five subgraphs (users, prescriptions, orders,
# payments, and inventory for the names).
# Sign in first (LogIn tab) and paste the token below.
query MyPharmacy {
  me {
    name
    email
    prescriptions {
      id
      status
      prescriberName
      expiresAt
      items {
        medication { name strength requiresPrescription }
        quantity
        refills
        remainingQuantity
      }
    }
    orders {
      id
      status
      pharmacy { name address }
      lines { medication { name } quantity lineTotal { amount currency } }
      total { amount currency }
      payment { status method }
    }
    paymentApprovals {
      id
      status
      amount { amount currency }
      method
      order { id pharmacy { name } }
    }
  }
}
`;

const orderAndPay = `# Order and pay as the patient: run FindPharmacies,
# then PlaceOrder, put the new order's id into
# "orderId" (Variables) and run PayOrder.
# The same orderKey returns the same order.
# Sandbox cards: pm_card_visa (approved),
# pm_card_chargeDeclined (declined: an approval with
# status DECLINED, not an error).
query FindPharmacies($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {
  pharmaciesNearby(latitude: $latitude, longitude: $longitude, medicationIds: $medicationIds) {
    pharmacy { id name address }
    distanceKm
    hasAll
    stock { medication { id name price { amount currency } } quantityAvailable }
  }
}

mutation PlaceOrder($input: PlaceOrderInput!, $orderKey: String) {
  placeOrder(input: $input, idempotencyKey: $orderKey) {
    id
    status
    total { amount currency }
    lines { medication { name } quantity unitPrice { amount currency } }
  }
}

mutation PayOrder($orderId: ID!, $paymentMethod: String!, $paymentKey: String!) {
  payOrder(orderId: $orderId, paymentMethod: $paymentMethod, idempotencyKey: $paymentKey) {
    id
    status
    method
    failureReason
    amount { amount currency }
    order { id status }
  }
}
`;

const watch = `# Live order status over graphql-ws (same /graphql).
# Keep WatchOrder running; in a new tab run
# AdvanceOrder as the pharmacist (PREPARING) and
# AssignCourier, then AdvanceOrder as the courier
# (OUT_FOR_DELIVERY, then DELIVERED).
# orderId null: every order you may see.
subscription WatchOrder($orderId: ID) {
  orderStatusChanged(orderId: $orderId) {
    id
    status
    statusHistory { status at }
    pharmacy { name }
    customer { name }
    payment { status }
  }
}

mutation AdvanceOrder($id: ID!, $status: OrderStatus!) {
  updateOrderStatus(id: $id, status: $status) {
    id
    status
  }
}

mutation AssignCourier($id: ID!, $courierId: ID!) {
  assignCourier(orderId: $id, courierId: $courierId) {
    id
    courier { name }
  }
}
`;

export function exampleTabs(): ExampleTab[] {
  const ibuprofen = medicationIdOf('ibuprofen-400mg-tablet');
  return [
    { query: headline, headers: authorizationHeaders },
    {
      query: logIn,
      variables: json({ email: 'patient@demo.pharmacy', password: DEMO_PASSWORD }),
    },
    {
      query: orderAndPay,
      headers: authorizationHeaders,
      variables: json({
        latitude: mitte.latitude,
        longitude: mitte.longitude,
        medicationIds: [ibuprofen],
        input: {
          pharmacyId: pharmacyIdOf(mitte.key),
          lines: [{ medicationId: ibuprofen, quantity: 1 }],
          deliveryAddress: 'Torstraße 101, 10119 Berlin',
        },
        orderKey: 'ide-example-order-1',
        orderId: '<the id PlaceOrder returned>',
        paymentMethod: 'pm_card_visa',
        paymentKey: 'ide-example-payment-1',
      }),
    },
    {
      query: watch,
      headers: authorizationHeaders,
      variables: json({
        orderId: null,
        id: '<an order id>',
        status: 'PREPARING',
        courierId: userIdOf('courier'),
      }),
    },
  ];
}
