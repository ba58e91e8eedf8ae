import { createLogger } from '@pharmacy/service';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

const log = createLogger('gateway');
try {
  const gateway = await startGateway(await loadGatewayConfig(), { log });
  const shutdown = async (signal: string) => {
    log.info('shutting down', { signal });
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  log.error('failed to start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
