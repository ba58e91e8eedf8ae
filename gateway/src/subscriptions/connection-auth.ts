import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import type { WebSocket } from 'ws';
import { CloseCode } from 'graphql-ws';
import type { AccessTokenVerifier, UserCaller } from '@pharmacy/auth';
import { bearerToken } from '../context';

/** One signed-in graphql-ws connection and the subscriptions it holds. */
export interface Connection {
  caller: UserCaller;
  /** When the access token it was opened with expires (ms since the epoch). */
  expiresAt: number;
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
  verifyAccessToken: AccessTokenVerifier,
): Promise<Connection | ConnectionRefusal> {
  const token = bearerToken(params?.authorization ?? params?.Authorization);
  if (!token)
    return { code: CloseCode.Unauthorized, reason: 'Unauthorized: an access token is required' };
  try {
    const caller = await verifyAccessToken(token);
    // Verified just above, so its claims are the ones jose checked (exp is required there).
    const expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
    return { caller, expiresAt, socket, operations: new Set() };
  } catch {
    return { code: CloseCode.Forbidden, reason: 'Forbidden: invalid or expired access token' };
  }
}

/** A token that expired or a role that changed ends the connection before the next event. */
export async function checkStillAllowed(
  connection: Connection,
  currentRole: (userId: string) => Promise<string | null>,
): Promise<void> {
  if (Date.now() >= connection.expiresAt) {
    connection.socket.close(CloseCode.Unauthorized, 'Unauthorized: the access token expired');
    throw new Error('access token expired');
  }
  if ((await currentRole(connection.caller.userId)) !== connection.caller.role) {
    connection.socket.close(CloseCode.Forbidden, 'Forbidden: your role changed; sign in again');
    throw new Error('role changed');
  }
}
