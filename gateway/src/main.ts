import { createLogger, runUntilSignalled } from '@pharmacy/service';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

const log = createLogger('gateway');
await runUntilSignalled(log, async () => startGateway(await loadGatewayConfig(), { log }));
