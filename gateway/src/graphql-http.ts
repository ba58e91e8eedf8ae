import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { handleGraphQLRequest, REQUEST_ID_HEADER } from '@pharmacy/service';
import type { Authenticator } from './access';
import {
  callerFromAuthorization,
  clientAddressOf,
  requestIdOf,
  type GatewayContext,
} from './context';
import { createCorsHandler } from './cors';

export interface GraphQLHttpOptions {
  apollo: ApolloServer<GatewayContext>;
  authenticate: Authenticator;
  allowedOrigins: string[];
  bodyLimitBytes: number;
}

/**
 * /graphql over HTTP: CORS, the request's id on the response (so a client can quote it), then
 * Apollo Server with the caller's context. Every other rule is one of Apollo Server's.
 */
export function createGraphQLHttpHandler(options: GraphQLHttpOptions) {
  const applyCors = createCorsHandler(options.allowedOrigins);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (await applyCors(req, res)) return;
    await handleGraphQLRequest(
      options.apollo,
      req,
      res,
      async () => ({
        caller: await callerFromAuthorization(req.headers.authorization, options.authenticate),
        clientAddress: clientAddressOf(req),
        requestId,
        operationId: randomUUID(),
      }),
      options.bodyLimitBytes,
    );
  };
}
