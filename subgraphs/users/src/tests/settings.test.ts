import { describe, expect, it } from 'vitest';
import { generateSigningJwk } from '../services/signing-keys';
import { loadUsersSettings } from '../settings';

const env = { DATA_DIR: '/var/lib/pharmacy' };

describe('users settings', () => {
  it('has the documented defaults, and keeps generated keys under DATA_DIR', () => {
    expect(loadUsersSettings(env)).toEqual({
      limits: { loginPerAddress: 30, loginPerAccount: 10, registerPerAddress: 10 },
      signingJwks: undefined,
      signingKeysFile: '/var/lib/pharmacy/keys/signing-keys.json',
    });
  });

  it('reads the limits and the signing keys from the environment', async () => {
    const jwks = [await generateSigningJwk(), await generateSigningJwk()];
    const settings = loadUsersSettings({
      ...env,
      LOGIN_LIMIT_PER_ADDRESS: '5',
      LOGIN_LIMIT_PER_ACCOUNT: '6',
      REGISTER_LIMIT_PER_ADDRESS: '7',
      JWT_SIGNING_KEYS: JSON.stringify(jwks),
    });
    expect(settings.limits).toEqual({
      loginPerAddress: 5,
      loginPerAccount: 6,
      registerPerAddress: 7,
    });
    expect(settings.signingJwks).toEqual(jwks);
    expect(loadUsersSettings({ ...env, JWT_SIGNING_KEYS: '' }).signingJwks).toBeUndefined();
  });

  it('refuses a bad value with a message naming it', () => {
    expect(() => loadUsersSettings({ ...env, LOGIN_LIMIT_PER_ACCOUNT: 'ten' })).toThrow(
      /Invalid configuration for users:.*LOGIN_LIMIT_PER_ACCOUNT/s,
    );
  });

  it('refuses signing keys that are not a JSON array of keys, without echoing them', () => {
    for (const value of ['{"d":"secret-part"', '{"kty":"OKP","d":"secret-part"}']) {
      const load = () => loadUsersSettings({ ...env, JWT_SIGNING_KEYS: value });
      expect(load).toThrow(/JWT_SIGNING_KEYS/);
      expect(load).not.toThrow(/secret-part/);
    }
  });
});
