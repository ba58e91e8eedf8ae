/* global process, TextEncoder */
// Hive Gateway configuration for the benchmark (loaded with -c; see gateways.ts). Plain ESM so
// Hive's own loader needs nothing from this repository but `jose`.
import { SignJWT } from 'jose';

const secret = new TextEncoder().encode(process.env.BENCH_INTERNAL_SECRET ?? '');
const demoCaller = {
  userId: process.env.BENCH_CALLER_ID ?? '',
  role: process.env.BENCH_CALLER_ROLE,
};

/**
 * The same credential @pharmacy/auth signs (HS256, 60 s), fresh for every subgraph request. It
 * names the demo patient; the SQL count names its own patient in `x-bench-caller` ("id:ROLE").
 * Hive verifies no access token: it stands in for a gateway that trusts its callers.
 */
function signCredential(request) {
  const named = request.headers.get('x-bench-caller');
  const [userId, role] = named ? named.split(':') : [demoCaller.userId, demoCaller.role];
  return new SignJWT({ kind: 'user', role, by: 'hive-gateway' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('pharmacy-internal')
    .setAudience('pharmacy-subgraphs')
    .setIssuedAt()
    .setExpirationTime('60s')
    .setSubject(userId)
    .sign(secret);
}

export const gatewayConfig = {
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => ({
      'x-internal-credential': await signCredential(request),
    }),
  },
  ...(process.env.BENCH_HIVE_DEDUPLICATE === 'false'
    ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } }
    : {}),
};
