import type { PaymentsContext } from '../context';
import type { PaymentApprovalRow } from '../db/queries';
import { chargeLookupOf } from './charge-key';

/**
 * The secret the payer's app finishes a 3-D Secure check with: to the payer only, only while the
 * payment waits for them. It lets its holder complete the payment, so it is never stored here:
 * the one payOrder got is kept for its own answer, else the provider is asked, once per approval
 * however often the request names it.
 */
export async function clientSecretFor(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
): Promise<string | null> {
  if (approval.status !== 'REQUIRES_ACTION' || !approval.providerRef) return null;
  if (ctx.caller.kind !== 'user' || ctx.caller.userId !== approval.payerId) return null;
  const secret = ctx.clientSecrets.get(approval.id) ?? askProvider(ctx, approval);
  ctx.clientSecrets.set(approval.id, secret);
  return secret;
}

async function askProvider(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
): Promise<string | null> {
  const provider = ctx.deps.providers.byName[approval.provider];
  const found = provider ? await provider.findCharge(chargeLookupOf(approval)) : null;
  return found?.status === 'REQUIRES_ACTION' ? found.clientSecret : null;
}
