/**
 * Entities other subgraphs own, as payments receives and returns them: only their key, so the
 * gateway asks their owner for the rest.
 */
export interface UserRef {
  __typename: 'User';
  id: string;
}

export interface OrderRef {
  __typename: 'Order';
  id: string;
}

export const userRef = (id: string): UserRef => ({ __typename: 'User', id });

export const orderRef = (id: string): OrderRef => ({ __typename: 'Order', id });
