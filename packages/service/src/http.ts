import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger';

/** Subgraphs take up to 10 MB (a scanned prescription); the gateway sets its own limit. */
export const DEFAULT_BODY_LIMIT = 10_000_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = status === 401 ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT',
  ) {
    super(message);
  }
}

/** Reads a request body, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'Request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendHttpError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, {
    errors: [{ message: error.message, extensions: { code: error.code } }],
  });
}

/** Hands one HTTP request to Apollo Server and writes its answer. */
export async function handleGraphQLRequest<C extends BaseContext>(
  server: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<C>,
  bodyLimit = DEFAULT_BODY_LIMIT,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, bodyLimit);
    if (text && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'Request body is not valid JSON');
      }
    } else {
      body = text;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Serves `handle` on a new HTTP server listening at host:port. A thrown HttpError becomes its
 * status; anything else is logged and answered 500 without details.
 */
export async function serveHttp(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  options: { port: number; host: string; log: Logger; server?: Server },
): Promise<{ server: Server; port: number }> {
  const server = options.server ?? createServer();
  // Callers (the gateway's fetch) drop idle connections after about 4 s. The server must keep
  // them open longer, or a request sent as the server closes an idle socket fails with a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendHttpError(res, error);
      options.log.error('request failed', { error });
      if (res.headersSent) return void res.end();
      sendHttpError(res, new HttpError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
