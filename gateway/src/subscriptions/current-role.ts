import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';

const QUERY = `query Role($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { role } }
}`;

/**
 * The role users holds for a user now (tokens carry the role they were issued with), cached
 * briefly so a burst of events costs one lookup.
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
  const cache = new Map<string, { at: number; role: Promise<string | null> }>();
  const ttl = options.ttlMs ?? 2_000;
  return (userId: string): Promise<string | null> => {
    const hit = cache.get(userId);
    if (hit && Date.now() - hit.at < ttl) return hit.role;
    const role = client
      .request<{ _entities: ({ role: string } | null)[] }>(QUERY, {
        representations: [{ __typename: 'User', id: userId }],
      })
      .then((data) => data._entities[0]?.role ?? null);
    if (cache.size > 10_000) cache.clear();
    cache.set(userId, { at: Date.now(), role });
    role.catch(() => cache.delete(userId));
    return role;
  };
}
