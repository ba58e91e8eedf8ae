import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { signInternalCredential, type Caller, type InternalCredentialKey } from '@pharmacy/auth';
import { createEventQueue, type Logger } from '@pharmacy/service';

export interface UpstreamRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
}

/** What a subscriber reads: results, or word that the upstream reconnected (events may be lost). */
export type UpstreamEvent =
  | { kind: 'result'; result: ExecutionResult }
  | { kind: 'resubscribed' }
  | { kind: 'error'; error: unknown };

interface SharedSubscription {
  listeners: Set<(event: UpstreamEvent) => void>;
  dispose: () => void;
}

const callerKey = (caller: Caller) =>
  caller.kind === 'user'
    ? `user:${caller.userId}:${caller.role}`
    : caller.kind === 'service'
      ? `service:${caller.service}`
      : 'anonymous';

/**
 * Subscriptions the gateway holds on subgraphs over graphql-ws. One socket per subgraph and
 * caller (the credential names the caller), shared by that caller's subscriptions; identical
 * subscriptions of the same caller share one upstream subscription. A socket that drops is
 * reopened and its subscriptions resumed, and each subscriber is told events may have been
 * missed. Nothing stays open once its last subscriber leaves.
 */
export class UpstreamSubscriptions {
  private readonly clients = new Map<
    string,
    { client: Client; subscriptions: Set<SharedSubscription> }
  >();
  private readonly shared = new Map<string, SharedSubscription>();

  constructor(
    private readonly urls: Record<string, string>,
    private readonly key: InternalCredentialKey,
    private readonly log: Logger,
  ) {}

  /** Upstream subscriptions currently open, for tests and metrics. */
  get openCount(): number {
    return this.shared.size;
  }

  subscribe(
    service: string,
    request: UpstreamRequest,
    caller: Caller,
  ): AsyncIterableIterator<UpstreamEvent> {
    const connectionKey = `${service}|${callerKey(caller)}`;
    const subscriptionKey = `${connectionKey}|${request.operationName ?? ''}|${request.query}|${JSON.stringify(request.variables)}`;
    let shared = this.shared.get(subscriptionKey);
    if (!shared) shared = this.open(service, connectionKey, subscriptionKey, request, caller);
    const queue = createEventQueue<UpstreamEvent>(() => {
      shared.listeners.delete(queue.push);
      if (shared.listeners.size === 0) shared.dispose();
    });
    shared.listeners.add(queue.push);
    return queue.iterator;
  }

  async close(): Promise<void> {
    for (const shared of [...this.shared.values()]) shared.dispose();
    await Promise.all([...this.clients.values()].map(({ client }) => client.dispose()));
    this.clients.clear();
  }

  private open(
    service: string,
    connectionKey: string,
    subscriptionKey: string,
    request: UpstreamRequest,
    caller: Caller,
  ): SharedSubscription {
    const connection = this.connection(service, connectionKey, caller);
    const listeners = new Set<(event: UpstreamEvent) => void>();
    const emit = (event: UpstreamEvent) => listeners.forEach((listener) => listener(event));
    let stop = () => {};
    const shared: SharedSubscription = {
      listeners,
      dispose: () => {
        if (this.shared.get(subscriptionKey) !== shared) return;
        this.shared.delete(subscriptionKey);
        connection.subscriptions.delete(shared);
        stop();
      },
    };
    this.shared.set(subscriptionKey, shared);
    connection.subscriptions.add(shared);
    stop = connection.client.subscribe(request, {
      next: (result) => emit({ kind: 'result', result: result as ExecutionResult }),
      error: (error) => {
        emit({ kind: 'error', error });
        shared.dispose();
      },
      complete: () => shared.dispose(),
    });
    return shared;
  }

  private connection(service: string, connectionKey: string, caller: Caller) {
    const existing = this.clients.get(connectionKey);
    if (existing) return existing;
    const url = this.urls[service];
    if (!url) throw new Error(`No URL for subgraph ${service}`);
    const subscriptions = new Set<SharedSubscription>();
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: 0,
      // A subgraph that restarts is waited for, not given up on.
      retryAttempts: 10_000,
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** retries, 3_000))),
      connectionParams: async () => ({
        credential: await signInternalCredential(this.key, caller, 'gateway'),
      }),
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (!wasRetry) return;
          this.log.info('resubscribed upstream', { service, subscriptions: subscriptions.size });
          for (const shared of subscriptions)
            shared.listeners.forEach((l) => l({ kind: 'resubscribed' }));
        },
        closed: () => {
          if (subscriptions.size === 0) this.dropConnection(connectionKey, client);
        },
      },
    });
    const entry = { client, subscriptions };
    this.clients.set(connectionKey, entry);
    return entry;
  }

  private dropConnection(connectionKey: string, client: Client): void {
    if (this.clients.get(connectionKey)?.client !== client) return;
    this.clients.delete(connectionKey);
    void client.dispose();
  }
}
