import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  createIdeHandler,
  createStaticHandler,
  type RequestHandler,
} from '../../gateway/src/ide/index';
import { startStack, type Stack } from '../stack';

export interface BrowserStack {
  stack: Stack;
  /** The origin the browser uses, such as http://127.0.0.1:41234. */
  origin: string;
  stop(): Promise<void>;
}

/**
 * The supergraph (e2e/stack.ts, seeded) behind one origin the way the gateway will serve it in
 * development: the IDE at /, the web app at /app/, and /graphql (HTTP and WebSocket upgrades)
 * passed on to the gateway with the browser's Host header kept, so same-origin checks hold.
 */
export async function startBrowserStack(
  options: { ide?: boolean; webAppDir?: string; stack?: Promise<Stack> } = {},
): Promise<BrowserStack> {
  const [stack, ide] = await Promise.all([
    options.stack ?? startStack({ seed: true }),
    options.ide ? createIdeHandler({ endpointPath: '/graphql' }) : null,
  ]);
  const app = options.webAppDir ? createStaticHandler(options.webAppDir, '/app') : null;
  const gateway = new URL(stack.gateway.url);
  const route = (path: string): RequestHandler | null => {
    if (path === '/graphql') return (req, res) => proxyRequest(gateway, req, res);
    if (app && (path === '/app' || path.startsWith('/app/'))) return app;
    if (ide && (path === '/' || path.startsWith('/ide/'))) return ide;
    return null;
  };

  const sockets = new Set<Duplex>();
  const server = createServer((req, res) => {
    const handler = route(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  server.on('upgrade', (req, socket, head) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql')
      return socket.destroy();
    proxyUpgrade(gateway, req, socket, head, sockets);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    stack,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stack.stop();
    },
  };
}

function proxyRequest(target: URL, req: IncomingMessage, res: ServerResponse) {
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('Bad gateway');
  });
  req.pipe(upstream);
}

/** Replays the upgrade request to the gateway, then joins the two sockets byte for byte. */
function proxyUpgrade(
  target: URL,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  sockets: Set<Duplex>,
) {
  const upstream: Socket = connect(Number(target.port), target.hostname, () => {
    const headers: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    socket.pipe(upstream).pipe(socket);
  });
  sockets.add(upstream);
  const close = () => {
    socket.destroy();
    upstream.destroy();
  };
  upstream.on('error', close).on('close', close);
  socket.on('error', close).on('close', close);
}
