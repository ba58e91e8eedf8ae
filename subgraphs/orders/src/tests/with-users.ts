import { useTestSubgraphWithPeer } from '@pharmacy/testing';
import { usersSubgraph } from '@pharmacy/users';
import { writeStaffMember } from '@pharmacy/users/testing';
import { ordersSubgraph } from '../server';

type Role = Parameters<typeof writeStaffMember>[1]['role'];

/**
 * An orders subgraph that asks a real users subgraph who a user is. Orders' other peers are
 * unreachable, so the events it delivers are retried until it stops.
 */
export function useOrdersWithUsers() {
  /** Every SQL statement users has run, in order; tests empty it to watch one request. */
  const usersStatements: string[] = [];
  const running = useTestSubgraphWithPeer(ordersSubgraph, usersSubgraph, {
    peerOnQuery: (sql) => usersStatements.push(sql),
  });
  return {
    orders: () => running().subgraph,
    users: () => running().peer,
    usersStatements,
    /** A new user of users with this role, working for these pharmacies; its id. */
    staffMember: (role: Role, ...pharmacyIds: string[]) =>
      writeStaffMember(running().peer.runtime.db, { role, pharmacyIds }),
  };
}
