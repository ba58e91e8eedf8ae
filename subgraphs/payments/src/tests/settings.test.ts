import { describe, expect, it } from 'vitest';
import { createPaymentsSubgraph } from '../server';
import { loadPaymentsSettings } from '../settings';

const stripe = {
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_KEY: 'sk_test_abc123',
  STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
};

describe('payments settings', () => {
  it('uses the sandbox by default outside production', () => {
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      expect(loadPaymentsSettings({ NODE_ENV }).provider).toEqual({ name: 'sandbox' });
    }
  });

  it('refuses to start in production unless the provider is set, the sandbox only on purpose', () => {
    expect(() => loadPaymentsSettings({ NODE_ENV: 'production' })).toThrow(
      /PAYMENT_PROVIDER must be set in production/,
    );
    // As compose passes an unset variable: empty.
    expect(() => loadPaymentsSettings({ NODE_ENV: 'production', PAYMENT_PROVIDER: '' })).toThrow(
      /PAYMENT_PROVIDER must be set in production/,
    );
    const chosen = loadPaymentsSettings({ NODE_ENV: 'production', PAYMENT_PROVIDER: 'sandbox' });
    expect(chosen.provider).toEqual({ name: 'sandbox' });
    // The service itself refuses at start, before it opens anything else.
    const refusing = createPaymentsSubgraph({ NODE_ENV: 'production' });
    expect(() =>
      refusing.prepare?.({} as Parameters<NonNullable<typeof refusing.prepare>>[0]),
    ).toThrow(/PAYMENT_PROVIDER must be set in production/);
  });

  it('refuses stripe without its secret key or webhook secret, in any mode', () => {
    for (const NODE_ENV of ['production', 'development']) {
      expect(() => loadPaymentsSettings({ ...stripe, NODE_ENV, STRIPE_SECRET_KEY: '' })).toThrow(
        /STRIPE_SECRET_KEY is required with stripe/,
      );
      expect(() =>
        loadPaymentsSettings({ ...stripe, NODE_ENV, STRIPE_WEBHOOK_SECRET: undefined }),
      ).toThrow(/STRIPE_WEBHOOK_SECRET is required with stripe/);
    }
    expect(() => loadPaymentsSettings({ ...stripe, STRIPE_SECRET_KEY: 'pk_test_public' })).toThrow(
      /secret key/,
    );
    expect(() => loadPaymentsSettings({ ...stripe, STRIPE_WEBHOOK_SECRET: 'secret' })).toThrow(
      /signing secret/,
    );
    expect(() => loadPaymentsSettings({ PAYMENT_PROVIDER: 'paypal' })).toThrow(/PAYMENT_PROVIDER/);
    expect(() => loadPaymentsSettings({ ...stripe, STRIPE_API_URL: 'ftp://x' })).toThrow(
      /STRIPE_API_URL/,
    );
  });

  it('takes stripe with both secrets, and another API address for a local server', () => {
    const settings = loadPaymentsSettings({
      ...stripe,
      NODE_ENV: 'production',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
    });
    expect(settings.provider).toEqual({
      name: 'stripe',
      secretKey: 'sk_test_abc123',
      webhookSecret: 'whsec_abc123',
      apiUrl: new URL('http://127.0.0.1:12111'),
    });
  });
});
