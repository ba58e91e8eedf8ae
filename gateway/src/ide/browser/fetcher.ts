import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';

/**
 * Queries and mutations over HTTP POST to the endpoint on this origin; subscriptions over
 * graphql-ws on the same path. The headers editor's values travel as HTTP headers and, for
 * subscriptions, as the connection parameters, with lower-case names ({ authorization: 'Bearer
 * ...' }) as the gateway's WebSocket handler expects whatever case was typed.
 */
export function createIdeFetcher(endpointPath: string, location: Location): Fetcher {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const fetcher = createGraphiQLFetcher({
    url: new URL(endpointPath, location.href).toString(),
    subscriptionUrl: `${scheme}://${location.host}${endpointPath}`,
  });
  return (params, options) =>
    fetcher(params, { ...options, headers: lowerCaseKeys(options?.headers ?? {}) });
}

function lowerCaseKeys(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
}
