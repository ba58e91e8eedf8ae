import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url, decodeJwt, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from './caller';
import {
  internalCredentialKey,
  loadOrCreateInternalSecret,
  signInternalCredential,
  verifyInternalCredential,
} from './internal-credential';

const key = internalCredentialKey('a'.repeat(32));
const otherKey = internalCredentialKey('b'.repeat(32));

afterEach(() => {
  vi.useRealTimers();
});

describe('internal credentials', () => {
  it.each<Caller>([
    { kind: 'user', userId: 'user-1', role: 'PHARMACIST', pharmacyIds: ['ph-1', 'ph-2'] },
    { kind: 'user', userId: 'user-2', role: 'PATIENT', pharmacyIds: [], sessionId: 'session-1' },
    { kind: 'service', service: 'orders' },
    { kind: 'anonymous' },
  ])('round-trips the caller $kind', async (caller) => {
    const credential = await signInternalCredential(key, caller, 'gateway');
    expect(decodeJwt(credential).by).toBe('gateway');
    await expect(verifyInternalCredential(key, credential)).resolves.toEqual(caller);
  });

  it('refuses a short secret', () => {
    expect(() => internalCredentialKey('short')).toThrow(/32 characters/);
  });

  it('answers null for a missing, garbled or foreign credential', async () => {
    const caller: Caller = { kind: 'user', userId: 'u', role: 'ADMIN', pharmacyIds: [] };
    await expect(verifyInternalCredential(key, undefined)).resolves.toBeNull();
    await expect(verifyInternalCredential(key, '')).resolves.toBeNull();
    await expect(verifyInternalCredential(key, 'garbage')).resolves.toBeNull();
    const foreign = await signInternalCredential(otherKey, caller, 'gateway');
    await expect(verifyInternalCredential(key, foreign)).resolves.toBeNull();
  });

  it('refuses an expired credential (it lives 60 s)', async () => {
    const credential = await signInternalCredential(key, { kind: 'anonymous' }, 'gateway');
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    await expect(verifyInternalCredential(key, credential)).resolves.toBeNull();
  });

  it('refuses a tampered payload', async () => {
    const caller: Caller = { kind: 'user', userId: 'patient-1', role: 'PATIENT', pharmacyIds: [] };
    const [header, payload, signature] = (await signInternalCredential(key, caller, 'g')).split(
      '.',
    );
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!)));
    for (const change of [{ role: 'ADMIN' }, { pharmacies: ['someone-elses'] }]) {
      const forged = base64url.encode(JSON.stringify({ ...claims, ...change }));
      await expect(
        verifyInternalCredential(key, `${header}.${forged}.${signature}`),
      ).resolves.toBeNull();
    }
  });

  it('refuses alg none and claims it does not recognise', async () => {
    const none = `${base64url.encode('{"alg":"none"}')}.${base64url.encode(
      JSON.stringify({ kind: 'service', sub: 'orders', exp: Date.now() / 1000 + 60 }),
    )}.`;
    await expect(verifyInternalCredential(key, none)).resolves.toBeNull();
    const signed = (claims: Record<string, unknown>, issuer = 'pharmacy-internal') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience('pharmacy-subgraphs')
        .setIssuedAt()
        .setExpirationTime('60s')
        .sign(key.secret);
    const refused = [
      await signed({ kind: 'user', sub: 'u', role: 'ROOT', pharmacies: [] }),
      await signed({ kind: 'user', role: 'ADMIN', pharmacies: [] }),
      await signed({ kind: 'user', sub: 'u', role: 'PHARMACIST' }),
      await signed({ kind: 'user', sub: 'u', role: 'PHARMACIST', pharmacies: 'ph-1' }),
      await signed({ kind: 'user', sub: 'u', role: 'PHARMACIST', pharmacies: [1] }),
      await signed({ kind: 'service' }),
      await signed({ kind: 'god', sub: 'x' }),
      await signed({ kind: 'service', sub: 'orders' }, 'someone-else'),
    ];
    for (const credential of refused) {
      await expect(verifyInternalCredential(key, credential)).resolves.toBeNull();
    }
    await expect(
      verifyInternalCredential(key, await signed({ kind: 'service', sub: 'orders' })),
    ).resolves.toEqual({ kind: 'service', service: 'orders' });
  });
});

describe('loadOrCreateInternalSecret', () => {
  it('creates a private random secret once and reads the same one afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secret-'));
    try {
      const file = join(dir, 'nested', 'internal-secret');
      const [first, second] = await Promise.all([
        loadOrCreateInternalSecret(file),
        loadOrCreateInternalSecret(file),
      ]);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(second).toBe(first);
      expect(await loadOrCreateInternalSecret(file)).toBe(first);
      expect((await readFile(file, 'utf8')).trim()).toBe(first);
      expect((await stat(file)).mode & 0o077).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
