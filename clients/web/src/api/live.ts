import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_PATH } from './client';

/**
 * One graphql-ws connection for the signed-in user, on the same /graphql path as HTTP. The token
 * is read on every (re)connect: the gateway closes the socket when the token expires (4403, which
 * graphql-ws would take as final), and the retry connects again with a refreshed one.
 */
export function createLiveClient(accessToken: () => Promise<string | null>): Client {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createClient({
    url: `${scheme}://${window.location.host}${GRAPHQL_PATH}`,
    lazy: true,
    retryAttempts: 3,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
}
