import { gql, type Patient } from './data';
import type { GatewayProcess } from './gateways';
import { HEADLINE } from './queries';
import type { SubgraphStack } from './stack';

export interface SqlCount {
  gateway: string;
  orders: number;
  prescriptions: number;
  total: number;
  perService: Record<string, number>;
}

interface HeadlineData {
  me: { orders: unknown[]; prescriptions: unknown[] } | null;
}

/**
 * SQL statements the subgraphs run for one headline query through `gateway`. The lowest of three
 * runs, after one to warm caches, so that nothing a background job ran by chance is counted.
 */
export async function countHeadlineStatements(
  stack: SubgraphStack,
  gateway: GatewayProcess,
  patient: Patient,
): Promise<SqlCount> {
  const headers = {
    authorization: `Bearer ${patient.token}`,
    'x-bench-caller': `${patient.userId}:PATIENT`,
  };
  let best: SqlCount | null = null;
  for (let run = 0; run < 4; run++) {
    const before = stack.statements.length;
    const body = await gql<HeadlineData>(gateway.url, HEADLINE, {}, headers);
    const statements = stack.statements.slice(before);
    if (body.errors || !body.data?.me)
      throw new Error(`headline failed on ${gateway.name}: ${JSON.stringify(body.errors)}`);
    if (run === 0) continue;
    const perService: Record<string, number> = {};
    for (const s of statements) perService[s.service] = (perService[s.service] ?? 0) + 1;
    const count: SqlCount = {
      gateway: gateway.name,
      orders: body.data.me.orders.length,
      prescriptions: body.data.me.prescriptions.length,
      total: statements.length,
      perService: Object.fromEntries(Object.entries(perService).sort()),
    };
    if (!best || count.total < best.total) best = count;
  }
  return best!;
}
