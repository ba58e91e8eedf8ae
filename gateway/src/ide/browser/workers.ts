import type { WorkerLabel } from './config';

/**
 * Monaco runs its language services in web workers. GraphiQL's own setup files load them from a
 * CDN or through a bundler's worker syntax; here the gateway bundles each worker itself and
 * tells the page where it is served.
 */
export function setupMonacoWorkers(urls: Record<WorkerLabel, string>): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      const url = label === 'json' || label === 'graphql' ? urls[label] : urls.editor;
      return new Worker(url, { name: label });
    },
  };
}
