import { runSubgraphMain } from '@pharmacy/subgraph';
import { ordersSubgraph } from './server';

await runSubgraphMain(ordersSubgraph);
