import { AppError, ErrorCode } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';
import type { ProviderSettings } from '../settings';
import type { PaymentProvider, ProviderName } from './payment-provider';
import { SandboxPaymentProvider } from './sandbox-provider';
import { createStripeClient, StripePaymentProvider } from './stripe-provider';

export interface Providers {
  /** Who charges new payments. */
  current: PaymentProvider;
  /** By name, for the payments each one made. The sandbox is always there: it moves no money. */
  byName: Partial<Record<ProviderName, PaymentProvider>>;
}

export function createProviders(settings: ProviderSettings, log: Logger): Providers {
  const sandbox = new SandboxPaymentProvider();
  if (settings.name === 'sandbox') return { current: sandbox, byName: { sandbox } };
  const stripe = new StripePaymentProvider(createStripeClient(settings), log);
  return { current: stripe, byName: { stripe, sandbox } };
}

/** The provider a payment was made through, to refund or settle it there. */
export function providerFor(providers: Providers, name: ProviderName): PaymentProvider {
  const provider = providers.byName[name];
  if (!provider) {
    throw new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `This payment was made through ${name}, which this service is not set up for`,
    );
  }
  return provider;
}
