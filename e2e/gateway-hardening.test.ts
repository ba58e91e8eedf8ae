import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, login, registerPatient, type Session } from './helpers';
import { startStack, type Stack } from './stack';

let stack: Stack;
let patient: Session;
beforeAll(async () => {
  stack = await startStack({
    seed: true,
    gateway: {
      mode: 'production',
      rateLimits: { perAddress: 100_000, perUser: 20 },
      allowedOrigins: ['https://app.example'],
    },
  });
  patient = await login(stack, 'patient@demo.pharmacy');
});
afterAll(() => stack?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('the gateway in production mode', () => {
  it('answers no introspection and suggests no field names', async () => {
    const introspection = await stack.request('{ __schema { types { name } } }');
    expect(introspection.body.data ?? null).toBeNull();
    expect(codes(introspection.body)).toEqual(['BAD_USER_INPUT']);
    const typo = await stack.request('{ medicatoins { nodes { id } } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses queries that are too deep, too wide or too costly, before any subgraph works', async () => {
    const before = stack.statements.length;
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `orders { nodes { customer { orders { ${deep} } } } }`;
    const tooDeep = await stack.request(`{ me { ${deep} } }`, {}, patient.accessToken);
    expect(new Set(codes(tooDeep.body))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(tooDeep.body.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^Query depth limit of 12 exceeded/),
    );

    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: pharmacies { id }`).join(' ');
    const tooWide = await stack.request(`{ ${aliases} }`);
    expect(tooWide.body.errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 40.');

    const costly = await stack.request(
      '{ medications(first: 100) { nodes { stock { pharmacy { stock { medication { stock { quantityAvailable } } } } } } } }',
    );
    expect(costly.body.errors?.[0]?.message).toMatch(/too expensive/);
    // Only the sign-in check of the one signed-in request ran: users' look-up of what the
    // token's user may do now, which comes before the operation is looked at.
    expect(stack.statements.slice(before).map((s) => s.service)).toEqual(['users']);
  });

  it('serves the largest page a connection allows, of the fields a client shows', async () => {
    const { status, body } = await stack.request<{ medications: { nodes: unknown[] } }>(
      '{ medications(first: 100) { nodes { id name requiresPrescription price { amount currency } } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.medications.nodes.length).toBeGreaterThan(0);
  });

  it('refuses an oversized body, a batch, and a request a browser could forge', async () => {
    const huge = await post(
      JSON.stringify({ query: `{ pharmacies { id } } #${'x'.repeat(8_000_000)}` }),
    );
    expect(huge.status).toBe(413);
    const batch = await post(
      JSON.stringify([{ query: '{ pharmacies { id } }' }, { query: '{ pharmacies { id } }' }]),
    );
    expect(batch.status).toBe(400);
    const forged = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ pharmacies { id } }' }),
    });
    expect(forged.status).toBe(400);
    const tokens = await stack.request(`{ pharmacies { ${'id '.repeat(3_000)} } }`);
    expect(codes(tokens.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows no stack traces or internal addresses in errors', async () => {
    const { body } = await stack.request(
      'query($id: ID!) { order(id: $id) { id } }',
      { id: 'not-a-uuid' },
      patient.accessToken,
    );
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stacktrace|127\.0\.0\.1|at .*\.ts/);
  });
});

describe('request rate limits', () => {
  it('refuses a user past the limit per minute with RATE_LIMITED and 429', async () => {
    const user = await registerPatient(stack);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++)
      statuses.push((await stack.request('{ me { id } }', {}, user.accessToken)).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const refused = await stack.request('{ me { id } }', {}, user.accessToken);
    expect(refused.status).toBe(429);
    expect(codes(refused.body)).toEqual(['RATE_LIMITED']);
  });
});

describe('browsers and request ids', () => {
  it('answers CORS for the allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post(JSON.stringify({ query: '{ pharmacies { id } }' }), {
      origin: 'https://app.example',
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });

  it('names each request with an id in its response, keeping a well-formed one it was sent', async () => {
    const fresh = await post(JSON.stringify({ query: '{ pharmacies { id } }' }));
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await post(JSON.stringify({ query: '{ pharmacies { id } }' }), {
      'x-request-id': 'support-ticket-1234',
    });
    expect(given.headers.get('x-request-id')).toBe('support-ticket-1234');
  });
});

describe('health and partial failure', () => {
  it('reports alive and ready, and partial data with a masked error when a subgraph is down', async () => {
    const base = new URL(stack.gateway.url);
    expect((await fetch(new URL('/health', base))).status).toBe(200);
    expect((await fetch(new URL('/ready', base))).status).toBe(200);

    await stack.stopSubgraph('payments');
    try {
      const ready = await fetch(new URL('/ready', base));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ subgraphs: { payments: false, orders: true } });

      const { status, body } = await stack.request<{
        me: { name: string; orders: { payment: unknown }[] };
      }>('{ me { name orders { id payment { status } } } }', {}, patient.accessToken);
      expect(status).toBe(200);
      expect(body.data?.me.name).toBe('Pat Patient');
      expect(body.data?.me.orders[0]?.payment).toBeNull();
      expect(codes(body)).toContain('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await stack.startSubgraph('payments');
    }
  });
});
