import { runSubgraphMain } from '@pharmacy/service';
import { usersSubgraph } from './server';

await runSubgraphMain(usersSubgraph);
