import type { ServiceClient } from '@pharmacy/service';
import { UserRoleDocument, type Role } from '../generated/users';

/** Users: only what orders needs to know, a user's role. */
export function usersClient(client: ServiceClient) {
  return {
    /** Null when there is no such user. */
    async roleOf(userId: string): Promise<Role | null> {
      const { currentAccess } = await client.request(UserRoleDocument, { userId });
      return currentAccess?.role ?? null;
    },
  };
}
