import type { BaseContext } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { subgraphNames, type SubgraphName } from '@pharmacy/service';
import type { SubgraphModule } from '@pharmacy/subgraph';
import { startTestSubgraph, type TestSubgraph, type TestSubgraphOptions } from './subgraph';

/** Nothing listens here: a peer a test does not start refuses at once, wherever the test runs. */
export const UNREACHABLE_URL = 'http://127.0.0.1:9/graphql';

/** Every subgraph's address unreachable, but for those given. */
export function peersAt(
  urls: Partial<Record<SubgraphName, string>> = {},
): Record<SubgraphName, string> {
  const peers = Object.fromEntries(subgraphNames.map((name) => [name, UNREACHABLE_URL]));
  return { ...peers, ...urls } as Record<SubgraphName, string>;
}

export interface TestSubgraphWithPeerOptions extends TestSubgraphOptions {
  /** Sees each SQL statement of the peer (`onQuery` sees those of the subgraph under test). */
  peerOnQuery?: (sql: string) => void;
}

export interface TestSubgraphWithPeer<
  S extends Record<string, unknown>,
  D,
  PS extends Record<string, unknown>,
  PD,
> {
  subgraph: TestSubgraph<S, D>;
  peer: TestSubgraph<PS, PD>;
}

/**
 * A subgraph of this test file that talks to one real peer subgraph, each on its own database.
 * The peer starts first, so the subgraph can be told its address; every other peer of either is
 * unreachable (what they would be told waits or fails at once). Both stop after the tests; the
 * getter throws if they have not started. Options other than `peerOnQuery` are the subgraph's.
 */
export function useTestSubgraphWithPeer<
  S extends Record<string, unknown>,
  C extends BaseContext,
  D,
  PS extends Record<string, unknown>,
  PC extends BaseContext,
  PD,
>(
  module: SubgraphModule<S, C, D>,
  peerModule: SubgraphModule<PS, PC, PD>,
  { peerOnQuery, ...options }: TestSubgraphWithPeerOptions = {},
): () => TestSubgraphWithPeer<S, D, PS, PD> {
  let peer: TestSubgraph<PS, PD> | undefined;
  let subgraph: TestSubgraph<S, D> | undefined;
  beforeAll(async () => {
    peer = await startTestSubgraph(peerModule, {
      config: { peers: peersAt() },
      ...(peerOnQuery ? { onQuery: peerOnQuery } : {}),
    });
    const peers = peersAt({ [peerModule.name]: peer.url });
    subgraph = await startTestSubgraph(module, {
      ...options,
      config: { ...options.config, peers: { ...peers, ...options.config?.peers } },
    });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await peer?.stop();
  });
  return () => {
    if (!subgraph || !peer)
      throw new Error(`the ${module.name} and ${peerModule.name} subgraphs have not started`);
    return { subgraph, peer };
  };
}
