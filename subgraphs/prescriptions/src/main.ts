import { runSubgraphMain } from '@pharmacy/service';
import { prescriptionsSubgraph } from './server';

await runSubgraphMain(prescriptionsSubgraph);
