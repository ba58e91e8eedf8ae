import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { AccessTokenClaims, UserCaller } from '@pharmacy/auth';
import { ErrorCode } from '@pharmacy/errors';
import { sameAccess, type AccessLookup, type Authenticator } from '../access';
import { bearerToken } from '../context';

/** One signed-in graphql-ws connection and the subscriptions it holds. */
export interface Connection {
  caller: UserCaller;
  /** The access token it was opened with (its expiry, its session). */
  claims: AccessTokenClaims;
  socket: WebSocket;
  /** Ids of its running subscriptions. */
  operations: Set<string>;
}

export type ConnectionRefusal = { code: number; reason: string };

/** Browsers say which page opened the socket; only the gateway's own and allowed ones may. */
export function originAllowed(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * The connection a connection_init opens: its token, `{ authorization: 'Bearer …' }`, must be a
 * valid access token. Otherwise the close code and reason to refuse it with.
 */
export async function authenticateConnection(
  params: Record<string, unknown> | undefined,
  socket: WebSocket,
  authenticate: Authenticator,
): Promise<Connection | ConnectionRefusal> {
  const token = bearerToken(params?.authorization ?? params?.Authorization);
  if (!token)
    return { code: CloseCode.Unauthorized, reason: 'Unauthorized: an access token is required' };
  try {
    const { caller, claims } = await authenticate(token);
    return { caller, claims, socket, operations: new Set() };
  } catch {
    return { code: CloseCode.Forbidden, reason: 'Forbidden: invalid or expired access token' };
  }
}

/**
 * An expired token, a session that ended, or a role or set of pharmacies that changed ends the
 * connection before the next event: what it subscribed to was authorized for the old access.
 */
export async function checkStillAllowed(
  connection: Connection,
  currentAccess: AccessLookup,
): Promise<void> {
  const close = (code: number, reason: string): never => {
    connection.socket.close(code, reason);
    throw new GraphQLError(reason, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  };
  if (Date.now() >= connection.claims.expiresAt)
    close(CloseCode.Unauthorized, 'Unauthorized: the access token expired');
  const now = await currentAccess(connection.claims).catch(() => {
    throw new GraphQLError('Access cannot be checked right now; try again shortly', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  });
  if (!now) close(CloseCode.Unauthorized, 'Unauthorized: this session has ended');
  else if (!sameAccess(now, connection.caller))
    close(CloseCode.Forbidden, 'Forbidden: your access changed; sign in again');
}
