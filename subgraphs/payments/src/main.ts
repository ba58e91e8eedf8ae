import { runSubgraphMain } from '@pharmacy/subgraph';
import { paymentsSubgraph } from './server';

await runSubgraphMain(paymentsSubgraph);
