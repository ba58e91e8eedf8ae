import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { AccessTokenVerifier, Caller } from '@pharmacy/auth';
import { ErrorCode } from '@pharmacy/errors';
import { REQUEST_ID_HEADER, wellFormedRequestId } from '@pharmacy/service';

export interface GatewayContext {
  caller: Caller;
  clientAddress: string;
  /** Names the request in every log line, here and in each subgraph it calls. */
  requestId: string;
}

export function clientAddressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** The request id a client or proxy sent, when well formed; otherwise a new one. */
export function requestIdOf(req: IncomingMessage): string {
  return wellFormedRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
}

/**
 * The caller of a request: anonymous without a token, the token's user with a valid one. A
 * token that is present but invalid (forged, expired, wrong issuer or audience) is refused with
 * 401, rather than silently treated as anonymous.
 */
/** The token of an `authorization` value `Bearer <token>` (a header or a connection_init field). */
export function bearerToken(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1];
}

export async function callerFromAuthorization(
  header: string | undefined,
  verify: AccessTokenVerifier,
): Promise<Caller> {
  if (!header) return { kind: 'anonymous' };
  const token = bearerToken(header);
  try {
    if (!token) throw new Error('not a bearer token');
    return await verify(token);
  } catch {
    throw new GraphQLError('Invalid or expired access token', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
}
