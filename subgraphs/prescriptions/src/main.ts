import { runSubgraphMain } from '@pharmacy/subgraph';
import { prescriptionsSubgraph } from './server';

await runSubgraphMain(prescriptionsSubgraph);
