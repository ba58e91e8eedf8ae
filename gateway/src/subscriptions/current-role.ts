import { LRUCache } from 'lru-cache';
import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import { CurrentAccessDocument } from '../generated/users';

/**
 * The role users holds for a user now (tokens carry the role they were issued with), cached
 * briefly so a burst of events costs one lookup. Null for a user that no longer exists.
 */
export function createCurrentRoleLookup(options: {
  usersUrl: string;
  internalSecret: string;
  ttlMs?: number;
}) {
  const client = createServiceClient({
    caller: 'gateway',
    url: options.usersUrl,
    key: internalCredentialKey(options.internalSecret),
  });
  const cache = new LRUCache<string, Promise<string | null>>({
    max: 10_000,
    ttl: options.ttlMs ?? 2_000,
  });
  return (userId: string): Promise<string | null> => {
    const hit = cache.get(userId);
    if (hit) return hit;
    const role = client
      .request(CurrentAccessDocument, { userId })
      .then((data) => data.currentAccess?.role ?? null);
    cache.set(userId, role);
    role.catch(() => cache.delete(userId));
    return role;
  };
}
