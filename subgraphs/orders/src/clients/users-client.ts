import type { ServiceClient } from '@pharmacy/service';
import { CourierAccessDocument, type Role } from '../generated/users';

export interface UserAccess {
  role: Role;
  /** The pharmacies the user works for now, lowercase. */
  pharmacyIds: string[];
}

/** Users: only what orders needs to know, a user's role and pharmacies. */
export function usersClient(client: ServiceClient) {
  return {
    /** Null when there is no such user. */
    async accessOf(userId: string): Promise<UserAccess | null> {
      const { currentAccess } = await client.request(CourierAccessDocument, { userId });
      if (!currentAccess) return null;
      return {
        role: currentAccess.role,
        pharmacyIds: currentAccess.pharmacyIds.map((id) => id.toLowerCase()),
      };
    },
  };
}
