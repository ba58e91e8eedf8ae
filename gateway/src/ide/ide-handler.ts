import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadIdeBundle, type IdeAsset } from './bundle';
import { IMMUTABLE, REVALIDATE } from './content-types';
import { authorizationHeaders, exampleTabs } from './example-operations';
import { renderIdePage } from './page';
import { securityHeaders } from './security-headers';
import type { RequestHandler } from './static';

export interface IdeHandlerOptions {
  /** The GraphQL endpoint's path on the gateway's origin, such as /graphql. */
  endpointPath: string;
}

/**
 * The GraphQL IDE (GraphiQL): its page at `/` and its bundled assets under `/ide/`, all from
 * memory. Resolves once the bundle is built; mount it only outside production.
 */
export async function createIdeHandler(options: IdeHandlerOptions): Promise<RequestHandler> {
  const bundle = await loadIdeBundle();
  const html = Buffer.from(
    renderIdePage(
      {
        endpointPath: options.endpointPath,
        workers: bundle.workers,
        defaultHeaders: authorizationHeaders,
        defaultTabs: exampleTabs(),
      },
      bundle.script,
      bundle.styles,
    ),
  );
  const page: IdeAsset = { body: html, gzip: html, contentType: 'text/html; charset=utf-8' };

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed');
    }
    if (path === '/')
      return sendAsset(
        req,
        res,
        page,
        { ...securityHeaders('ide'), 'cache-control': REVALIDATE },
        false,
      );
    const asset = bundle.assets.get(path);
    if (asset)
      return sendAsset(
        req,
        res,
        asset,
        { ...securityHeaders('asset'), 'cache-control': IMMUTABLE },
        true,
      );
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
}

function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  asset: IdeAsset,
  headers: Record<string, string>,
  compressible: boolean,
) {
  const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzip : asset.body;
  res.writeHead(200, {
    ...headers,
    'content-type': asset.contentType,
    'content-length': String(body.length),
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
