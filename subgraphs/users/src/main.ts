import { runSubgraphMain } from '@pharmacy/subgraph';
import { usersSubgraph } from './server';

await runSubgraphMain(usersSubgraph);
