import Stripe from 'stripe';
import { AppError, BadUserInputError, ErrorCode } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';
import type {
  ChargeHooks,
  ChargeLookup,
  ChargeRequest,
  ChargeResult,
  PaymentProvider,
  RefundRequest,
  RefundResult,
} from './payment-provider';
import { declineOf, isNotFound, isRefusal, resultOf } from './stripe-results';

export interface StripeClientOptions {
  secretKey: string;
  /** Another address than Stripe's own: a local server that speaks its API. */
  apiUrl?: URL | undefined;
}

/** The official client; retries reuse the request's idempotency key, so they never charge twice. */
export function createStripeClient({ secretKey, apiUrl }: StripeClientOptions): Stripe {
  const http = apiUrl?.protocol === 'http:';
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    // Well below the time after which the recovery asks about a charge itself.
    timeout: 20_000,
    telemetry: false,
    ...(apiUrl && {
      host: apiUrl.hostname,
      port: apiUrl.port || (http ? 80 : 443),
      protocol: http ? 'http' : 'https',
    }),
  });
}

/**
 * Stripe: a PaymentIntent per order (its id in the metadata, with the payment's key), created
 * and then confirmed, each under an idempotency key derived from the payment's. The intent's id
 * is handed to `onReference` before it is confirmed, so a crash leaves something to look up.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe';

  constructor(
    private readonly stripe: Stripe,
    private readonly log: Logger,
  ) {}

  async charge(request: ChargeRequest, hooks: ChargeHooks = {}): Promise<ChargeResult> {
    const created = await this.beforeMoney(() =>
      this.stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          payment_method: request.paymentMethod,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          metadata: { order_id: request.orderId, payment_key: request.idempotencyKey },
        },
        { idempotencyKey: `${request.idempotencyKey}:create` },
      ),
    );
    await hooks.onReference?.(created.id);
    try {
      const confirmed = await this.stripe.paymentIntents.confirm(
        created.id,
        { expand: ['payment_method'] },
        { idempotencyKey: `${request.idempotencyKey}:confirm` },
      );
      return resultOf(confirmed);
    } catch (error) {
      const declined = declineOf(error, created.id);
      if (declined) return declined;
      // Refused outright (it was cancelled meanwhile, say): it is what it is now.
      if (isRefusal(error)) return resultOf(await this.stripe.paymentIntents.retrieve(created.id));
      throw error; // no answer: the outcome is unknown, the recovery asks later
    }
  }

  async findCharge(lookup: ChargeLookup): Promise<ChargeResult | null> {
    const id = lookup.reference ?? (await this.searchIntent(lookup));
    if (!id) return null;
    try {
      return resultOf(
        await this.stripe.paymentIntents.retrieve(id, { expand: ['payment_method'] }),
      );
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async cancelCharge(reference: string): Promise<ChargeResult> {
    try {
      return resultOf(await this.stripe.paymentIntents.cancel(reference));
    } catch (error) {
      // Not cancellable any more: it went on (succeeded, failed) meanwhile.
      if (isRefusal(error)) return resultOf(await this.stripe.paymentIntents.retrieve(reference));
      throw error;
    }
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    try {
      const refund = await this.stripe.refunds.create(
        { payment_intent: request.reference, amount: request.amount },
        { idempotencyKey: request.idempotencyKey },
      );
      return { refundId: refund.id, amount: refund.amount };
    } catch (error) {
      if (isRefusal(error)) throw new BadUserInputError(error.message, { field: 'amount' });
      this.log.warn('stripe refund failed', { reference: request.reference, error });
      throw new AppError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The payment provider did not answer; try the refund again',
      );
    }
  }

  /** Search is eventually consistent: used only when no reference was recorded. */
  private async searchIntent(lookup: ChargeLookup): Promise<string | null> {
    const orderId = lookup.orderId.replaceAll("'", "\\'");
    const found = await this.stripe.paymentIntents.search({
      query: `metadata['order_id']:'${orderId}'`,
      limit: 100,
    });
    return found.data.find((i) => i.metadata.payment_key === lookup.idempotencyKey)?.id ?? null;
  }

  /** Before the intent is confirmed no money can move: any failure there is a clean refusal. */
  private async beforeMoney<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof Stripe.errors.StripeIdempotencyError) {
        throw new AppError(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          'This idempotency key was used for a different payment',
        );
      }
      if (
        error instanceof Stripe.errors.StripeInvalidRequestError &&
        error.param === 'payment_method'
      )
        throw new BadUserInputError('Unknown payment method', { field: 'paymentMethod' });
      this.log.warn('stripe did not create the payment intent', { error });
      throw new AppError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'The payment provider could not take the payment; nothing was charged',
      );
    }
  }
}
