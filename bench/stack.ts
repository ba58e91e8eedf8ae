import type { SubgraphName } from '@pharmacy/service';
import { freePorts, startTestSubgraph } from '@pharmacy/testing';
import { modules } from '../e2e/modules';
import type { StackSubgraphs } from '../e2e/stack';

/** Each running subgraph typed by its own module, as in the e2e stack. */
export type Subgraphs = StackSubgraphs;

export interface SubgraphStack {
  subgraphs: Subgraphs;
  urls: Record<SubgraphName, string>;
  /** Every SQL statement any subgraph ran since start, in order (background jobs included). */
  statements: { service: SubgraphName; sql: string }[];
  stop(): Promise<void>;
}

/**
 * The five subgraphs in this process on in-memory PGlite with demo data, on real HTTP. The
 * gateways under test run as their own processes and reach them over loopback.
 */
export async function startSubgraphs(): Promise<SubgraphStack> {
  const statements: SubgraphStack['statements'] = [];
  const names = Object.keys(modules) as SubgraphName[];
  const ports = await freePorts(names.length);
  const urls = Object.fromEntries(
    names.map((name, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`]),
  ) as Record<SubgraphName, string>;
  const entries = await Promise.all(
    names.map(async (name, i) => {
      const module = modules[name] as unknown as Parameters<typeof startTestSubgraph>[0];
      const running = await startTestSubgraph(module, {
        config: { seedDemoData: true, port: ports[i]!, peers: urls },
        onQuery: (sql) => statements.push({ service: name, sql }),
      });
      return [name, running] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries) as Subgraphs;
  return {
    subgraphs,
    urls,
    statements,
    async stop() {
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}
