import { runSubgraphMain } from '@pharmacy/subgraph';
import { inventorySubgraph } from './server';

await runSubgraphMain(inventorySubgraph);
