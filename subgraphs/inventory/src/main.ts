import { runSubgraphMain } from '@pharmacy/service';
import { inventorySubgraph } from './server';

await runSubgraphMain(inventorySubgraph);
