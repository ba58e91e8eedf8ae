import { demoOrder, demoPharmacies, medicationIdOf } from '@pharmacy/demo';
import { HEADLINE, ORDER_STATUS_CHANGED } from '../e2e/operations';

export { HEADLINE, ORDER_STATUS_CHANGED };

const SEARCH = /* GraphQL */ `
  query Search($search: String!) {
    medications(search: $search, first: 10) {
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
      hasNextPage
    }
  }
`;

const NEARBY = /* GraphQL */ `
  query Nearby($latitude: Float!, $longitude: Float!, $medicationIds: [ID!]) {
    pharmaciesNearby(
      latitude: $latitude
      longitude: $longitude
      radiusKm: 10
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
          name
          price {
            amount
          }
        }
      }
    }
  }
`;

const ORDER = /* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) {
      id
      status
      createdAt
      total {
        amount
        currency
      }
      customer {
        name
      }
      pharmacy {
        name
        address
      }
      lines {
        quantity
        lineTotal {
          amount
        }
        medication {
          name
          requiresPrescription
        }
      }
      payment {
        status
        method
      }
    }
  }
`;

const body = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

const center = demoPharmacies[0]!;

/** The realistic mix: each of the four sent in turn, all as the demo patient. */
export const queryMix = [
  { name: 'headline', body: body(HEADLINE) },
  { name: 'medicationSearch', body: body(SEARCH, { search: 'ibu' }) },
  {
    name: 'pharmaciesNearby',
    body: body(NEARBY, {
      latitude: center.latitude,
      longitude: center.longitude,
      medicationIds: [
        medicationIdOf('ibuprofen-400mg-tablet'),
        medicationIdOf('paracetamol-500mg-tablet'),
        medicationIdOf('atorvastatin-20mg-tablet'),
      ],
    }),
  },
  { name: 'orderById', body: body(ORDER, { id: demoOrder.id }) },
];

export const headlineBody = body(HEADLINE);
