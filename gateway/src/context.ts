import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Caller } from '@pharmacy/auth';
import { ErrorCode } from '@pharmacy/errors';
import { REQUEST_ID_HEADER, wellFormedRequestId } from '@pharmacy/service';
import type { Authenticator } from './access';

export interface GatewayContext {
  caller: Caller;
  clientAddress: string;
  /** Names the request in every log line, here and in each subgraph it calls. */
  requestId: string;
  /** Made here for each operation, never sent by the client (see OPERATION_ID_HEADER). */
  operationId: string;
}

export function clientAddressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** The request id a client or proxy sent, when well formed; otherwise a new one. */
export function requestIdOf(req: IncomingMessage): string {
  return wellFormedRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
}

/** The token of an `authorization` value `Bearer <token>` (a header or a connection_init field). */
export function bearerToken(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1];
}

/**
 * The caller of a request: anonymous without a token, the token's user (with the role and
 * pharmacies they hold now) with a valid one. A token that is present but invalid (forged,
 * expired, wrong issuer or audience, a revoked session) is refused with 401, rather than
 * silently treated as anonymous.
 */
export async function callerFromAuthorization(
  header: string | undefined,
  authenticate: Authenticator,
): Promise<Caller> {
  if (!header) return { kind: 'anonymous' };
  const token = bearerToken(header);
  if (!token)
    throw new GraphQLError('Invalid or expired access token', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  return (await authenticate(token)).caller;
}
