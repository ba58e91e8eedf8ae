import type { PaymentsContext } from '../context';
import type { PaymentApprovalRow } from '../db/queries';

/**
 * The secret the payer's app finishes a 3-D Secure check with: to the payer only, only while the
 * payment waits for them. It lets its holder complete the payment, so it is never stored here:
 * the one payOrder got is kept for its own answer, else the provider is asked.
 */
export async function clientSecretFor(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
): Promise<string | null> {
  if (approval.status !== 'REQUIRES_ACTION' || !approval.providerRef) return null;
  if (ctx.caller.kind !== 'user' || ctx.caller.userId !== approval.payerId) return null;
  const given = ctx.clientSecrets.get(approval.id);
  if (given) return given;
  const provider = ctx.deps.providers.byName[approval.provider];
  return provider ? provider.clientSecretOf(approval.providerRef) : null;
}
