/** The headline query: one request that every subgraph takes part in. Tests and benchmarks run it. */
export const HEADLINE = /* GraphQL */ `
  query Headline {
    me {
      id
      name
      prescriptions {
        id
        status
        prescriber: prescriberName
        items {
          quantity
          remainingQuantity
          medication {
            id
            name
          }
        }
        orders {
          id
        }
      }
      orders {
        id
        status
        total {
          amount
          currency
        }
        pharmacy {
          name
        }
        lines {
          quantity
          unitPrice {
            amount
          }
          medication {
            name
          }
        }
        payment {
          status
          amount {
            amount
          }
        }
      }
      paymentApprovals {
        status
        method
        order {
          id
          status
        }
      }
    }
  }
`;

/** Live status of one order (or of every order the caller may see), with fields of every subgraph. */
export const ORDER_STATUS_CHANGED = /* GraphQL */ `
  subscription Watch($orderId: ID) {
    orderStatusChanged(orderId: $orderId) {
      id
      status
      deliveryAddress
      customer {
        name
      }
      pharmacy {
        name
      }
      lines {
        quantity
        medication {
          name
        }
      }
      payment {
        status
      }
    }
  }
`;
