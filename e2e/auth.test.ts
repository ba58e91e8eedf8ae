import { generateKeyPair, SignJWT, decodeProtectedHeader, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@pharmacy/auth';
import { codes, login, registerPatient, userWithRole, type Session } from './helpers';
import { startStack, type Stack } from './stack';

let stack: Stack;
let patient: Session;
let signingKey: { kid: string; privateKey: CryptoKey; jwks: { keys: JWK[] } };

beforeAll(async () => {
  stack = await startStack({ seed: true });
  patient = await registerPatient(stack);
  const { deps } = stack.subgraphs.users.runtime;
  signingKey = { ...deps.keys.current, jwks: deps.keys.jwks };
});
afterAll(() => stack?.stop());

const ME = '{ me { id email } }';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function claims(overrides: Record<string, unknown> = {}) {
  return { role: 'PATIENT', sub: patient.user.id, ...overrides };
}

async function sign(
  payload: Record<string, unknown>,
  options: { key?: CryptoKey; kid?: string; iss?: string; aud?: string; exp?: number | null } = {},
) {
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? signingKey.kid })
    .setIssuer(options.iss ?? ACCESS_TOKEN_ISSUER)
    .setAudience(options.aud ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt();
  if (options.exp !== null)
    jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300);
  return jwt.sign(options.key ?? signingKey.privateKey);
}

async function expectRefused(token: string) {
  const { status, body } = await stack.request(ME, {}, token);
  expect(status).toBe(401);
  expect(body.data ?? null).toBeNull();
  expect(codes(body)).toEqual(['UNAUTHENTICATED']);
}

describe('access tokens at the gateway', () => {
  it('accepts a token the users service issued', async () => {
    const { body } = await stack.request<{ me: { id: string } }>(ME, {}, patient.accessToken);
    expect(body.data?.me.id).toBe(patient.user.id);
    expect(decodeProtectedHeader(patient.accessToken)).toMatchObject({
      alg: 'EdDSA',
      kid: signingKey.kid,
    });
  });

  it('accepts a token it signs itself with the real key (the test signer is sound)', async () => {
    const { status } = await stack.request(ME, {}, await sign(claims()));
    expect(status).toBe(200);
  });

  it('refuses a token signed by another key under the same kid', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    await expectRefused(await sign(claims(), { key: privateKey }));
  });

  it('refuses an expired token', async () => {
    await expectRefused(await sign(claims(), { exp: Math.floor(Date.now() / 1000) - 60 }));
  });

  it('refuses a token without exp', async () => {
    await expectRefused(await sign(claims(), { exp: null }));
  });

  it('refuses the wrong audience and the wrong issuer', async () => {
    await expectRefused(await sign(claims(), { aud: 'another-api' }));
    await expectRefused(await sign(claims(), { iss: 'https://evil.example' }));
  });

  it('refuses an unsigned token (alg none)', async () => {
    const payload = {
      ...claims(),
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      exp: Math.floor(Date.now() / 1000) + 300,
      iat: Math.floor(Date.now() / 1000),
    };
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`);
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const publicX = signingKey.jwks.keys[0]!.x!;
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS256', kid: signingKey.kid })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicX));
    await expectRefused(token);
  });

  it('refuses a tampered token (role raised, signature kept)', async () => {
    const [header, payload, signature] = patient.accessToken.split('.');
    const raised = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ADMIN' };
    await expectRefused(`${header}.${b64(raised)}.${signature}`);
  });

  it('refuses a malformed Authorization header', async () => {
    const { status } = await stack.request(ME, {}, 'not-a-jwt');
    expect(status).toBe(401);
  });
});

describe('subgraphs called directly', () => {
  it('answer 401 without the internal credential, _entities and _service included', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "User", id: "x" }]) { __typename } }',
      ]) {
        const response = await fetch(subgraph.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${patient.accessToken}`,
          },
          body: JSON.stringify({ query }),
        });
        expect(response.status, subgraph.name).toBe(401);
      }
    }
  });

  it('answer 401 to a credential signed with another secret', async () => {
    const forged = await new SignJWT({ kind: 'service' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('pharmacy-internal')
      .setAudience('pharmacy-subgraphs')
      .setSubject('orders')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode('a guessed secret that is long enough!!'));
    const response = await fetch(stack.subgraphs.users.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-credential': forged },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('sessions', () => {
  const REFRESH =
    'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

  it('rotates refresh tokens; reusing an old one revokes the whole family', async () => {
    const first = await registerPatient(stack);
    const second = await stack.request<{ refreshSession: { refreshToken: string } }>(REFRESH, {
      t: first.refreshToken,
    });
    const newest = second.body.data!.refreshSession.refreshToken;
    expect(newest).not.toBe(first.refreshToken);

    const reuse = await stack.request(REFRESH, { t: first.refreshToken });
    expect(codes(reuse.body)).toEqual(['UNAUTHENTICATED']);
    const afterReuse = await stack.request(REFRESH, { t: newest });
    expect(codes(afterReuse.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('logout revokes the refresh token', async () => {
    const session = await registerPatient(stack);
    const out = await stack.request('mutation($t: String!) { logout(refreshToken: $t) }', {
      t: session.refreshToken,
    });
    expect(out.body.data).toEqual({ logout: true });
    const refresh = await stack.request(REFRESH, { t: session.refreshToken });
    expect(codes(refresh.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a wrong email and a wrong password alike', async () => {
    const bad = (email: string, password: string) =>
      stack.request(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: email, p: password },
      );
    const unknown = await bad('nobody-here@example.test', 'whatever password');
    const wrong = await bad(patient.user.email, 'not the password');
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
    expect(codes(wrong.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('limits login attempts per account', async () => {
    const session = await registerPatient(stack);
    const results = [];
    for (let i = 0; i < 12; i++) {
      const { body } = await stack.request(
        'mutation($e: String!) { login(email: $e, password: "wrong password!") { accessToken } }',
        { e: session.user.email },
      );
      results.push(codes(body)[0]);
    }
    expect(results.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(results.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('registration input', () => {
  const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { user { id } } }';
  it.each([
    [{ email: 'not-an-email', password: 'a long test password', name: 'X' }, 'BAD_USER_INPUT'],
    [{ email: 'short@example.test', password: 'short', name: 'X' }, 'BAD_USER_INPUT'],
    [{ email: 'common@example.test', password: 'password123', name: 'X' }, 'BAD_USER_INPUT'],
    [
      { email: 'noname@example.test', password: 'a long test password', name: '  ' },
      'BAD_USER_INPUT',
    ],
  ])('refuses %j', async (input, code) => {
    const { body } = await stack.request(REGISTER, { input });
    expect(codes(body)).toEqual([code]);
  });

  it('refuses a taken email, whatever its case', async () => {
    const { body } = await stack.request(REGISTER, {
      input: {
        email: patient.user.email.toUpperCase(),
        password: 'a long test password',
        name: 'Copy',
      },
    });
    expect(codes(body)).toEqual(['CONFLICT']);
  });
});

describe('roles on users', () => {
  it('a patient sees only themselves; staff see others', async () => {
    const other = await registerPatient(stack);
    const QUERY = 'query($id: ID!) { user(id: $id) { id email } }';
    const denied = await stack.request(QUERY, { id: other.user.id }, patient.accessToken);
    expect(denied.body.data?.user ?? null).toBeNull();
    expect(codes(denied.body)).toEqual(['FORBIDDEN']);

    const pharmacist = await login(stack, 'pharmacist@demo.pharmacy');
    const allowed = await stack.request<{ user: { email: string } }>(
      QUERY,
      { id: other.user.id },
      pharmacist.accessToken,
    );
    expect(allowed.body.data?.user.email).toBe(other.user.email);
  });

  it('only admins change roles', async () => {
    const target = await registerPatient(stack);
    const SET = 'mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { role } }';
    const byPatient = await stack.request(SET, { id: target.user.id }, patient.accessToken);
    expect(codes(byPatient.body)).toEqual(['FORBIDDEN']);
    const anonymous = await stack.request(SET, { id: target.user.id });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const courier = await userWithRole(stack, 'COURIER');
    expect(courier.user.role).toBe('COURIER');
  });
});
