import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import { REQUEST_ID_HEADER } from '@pharmacy/service';

/**
 * CORS for the GraphQL endpoint (the `cors` package on plain node:http). Only the configured
 * origins get Access-Control-Allow-Origin; none configured means same origin only. Browsers
 * send the access token in the Authorization header, never in a cookie, so credentials stay
 * off. Resolves true when it has answered the request itself (a preflight).
 */
export function createCorsHandler(allowedOrigins: string[]) {
  const middleware = cors({
    origin: allowedOrigins.length > 0 ? allowedOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      REQUEST_ID_HEADER,
    ],
    exposedHeaders: [REQUEST_ID_HEADER, 'retry-after'],
    credentials: false,
    maxAge: 600,
    // Called back for a preflight too, which is then answered below.
    preflightContinue: true,
  });
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> =>
    new Promise<void>((resolve, reject) =>
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    ).then(() => {
      if (req.method !== 'OPTIONS') return false;
      res.writeHead(204, { 'content-length': '0' }).end();
      return true;
    });
}
