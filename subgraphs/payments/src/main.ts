import { runSubgraphMain } from '@pharmacy/service';
import { paymentsSubgraph } from './server';

await runSubgraphMain(paymentsSubgraph);
