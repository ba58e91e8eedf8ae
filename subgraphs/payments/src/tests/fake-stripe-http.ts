import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the local Stripe server answers: a status and a JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

export function send(res: ServerResponse, answer: Answer, replayed = false) {
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'request-id': `req_${Math.random().toString(16).slice(2)}`,
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
  res.end(text);
}

export const headerOf = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Stripe's form encoding: `metadata[order_id]=…`, `expand[0]=…`, nested to objects and arrays. */
export function parseForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const path = name.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return arrays(root) as Record<string, unknown>;
}

function arrays(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, arrays(v)] as const);
  const indexed = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k));
  return indexed ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}
