import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@pharmacy/service';

/** /ready: 200 when every subgraph answers its /health, else 503 naming the ones that do not. */
export function createReadinessHandler(subgraphUrls: Record<string, string>) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const results = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        const ok = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2_000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    );
    const subgraphs = Object.fromEntries(results);
    const allUp = results.every(([, ok]) => ok);
    sendJson(res, allUp ? 200 : 503, { status: allUp ? 'ready' : 'unavailable', subgraphs });
  };
}
