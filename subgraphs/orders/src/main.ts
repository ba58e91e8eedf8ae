import { runSubgraphMain } from '@pharmacy/service';
import { ordersSubgraph } from './server';

await runSubgraphMain(ordersSubgraph);
