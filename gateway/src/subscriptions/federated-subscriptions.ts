import { randomUUID } from 'node:crypto';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import {
  QueryPlanner,
  type FetchNode,
  type QueryPlan,
  type SubscriptionNode,
} from '@apollo/query-planner';
import { LRUCache } from 'lru-cache';
import {
  GraphQLError,
  print,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '@pharmacy/errors';
import { transformIterator, type Step } from '@pharmacy/service';
import type { GatewayContext } from '../context';
import type { UpstreamSubscriptions } from './upstream-subscriptions';

/** Stands in the plan for the subgraph that delivered the event. */
const EVENT_SOURCE = '__subscription_event__';

export interface SubscriptionRequest {
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string | null | undefined;
  context: GatewayContext;
  /** Runs before each event is delivered; throws to end the subscription. */
  beforeEvent?: () => Promise<void>;
}

/**
 * Executes subscriptions across the supergraph, which @apollo/gateway refuses to do. The query
 * planner still plans them: a primary fetch on the subgraph that owns the subscription field,
 * and the rest of the plan. The primary runs as a graphql-ws subscription on that subgraph; for
 * every event the rest runs like any query plan, so an event can carry fields of any subgraph.
 */
export class FederatedSubscriptions {
  readonly apiSchema: GraphQLSchema;
  private readonly api: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  /** Plans by operation text; past 1,000 texts the least recently used is dropped. */
  private readonly plans = new LRUCache<string, SubscriptionNode>({ max: 1_000 });
  /**
   * Results of the rest of the plan, per upstream event and request: subscribers that share an
   * upstream subscription (same caller, same primary) and ask the same operation get one
   * execution per event rather than one each. Keyed by the event object, so nothing outlives it.
   */
  private readonly executions = new WeakMap<
    ExecutionResult,
    Map<string, Promise<ExecutionResult>>
  >();

  constructor(
    supergraphSdl: string,
    private readonly dataSources: Record<string, GraphQLDataSource<GatewayContext>>,
    private readonly upstream: UpstreamSubscriptions,
  ) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.api = supergraph.apiSchema();
    this.apiSchema = this.api.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  subscribe(request: SubscriptionRequest): AsyncIterableIterator<ExecutionResult> {
    const plan = this.plan(request.document, request.operationName ?? undefined);
    const { primary } = plan;
    const variables = Object.fromEntries(
      (primary.variableUsages ?? [])
        .filter((name) => name in request.variables)
        .map((name) => [name, request.variables[name]]),
    );
    const events = this.upstream.subscribe(
      primary.serviceName,
      { query: primary.operation, variables, operationName: primary.operationName },
      request.context.caller,
    );
    const { caller } = request.context;
    const shareKey = JSON.stringify([
      caller.kind === 'user' ? [caller.userId, caller.role] : caller.kind,
      request.operationName ?? null,
      print(request.document),
      request.variables,
    ]);
    return transformIterator(events, async (event): Promise<Step<ExecutionResult>> => {
      if (event.kind === 'resubscribed') {
        return { emit: { extensions: { eventsMayHaveBeenMissed: true } } };
      }
      if (event.kind === 'error') {
        const error = new GraphQLError('The subscription source failed', {
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        });
        return { end: true, last: { errors: [error] } };
      }
      // A refusal (no data) ends the subscription with its errors.
      if (!event.result.data) return { end: true, last: event.result };
      try {
        await request.beforeEvent?.();
      } catch {
        return { end: true };
      }
      return { emit: await this.shareExecution(plan, event.result, request, shareKey) };
    });
  }

  private plan(document: DocumentNode, operationName: string | undefined): SubscriptionNode {
    const key = `${operationName ?? ''}|${print(document)}`;
    let plan = this.plans.get(key);
    if (!plan) {
      const operation = operationFromDocument(this.api, document, { operationName });
      const queryPlan = this.planner.buildQueryPlan(operation);
      if (queryPlan.node?.kind !== 'Subscription') throw new Error('Not a subscription operation');
      plan = queryPlan.node;
      this.plans.set(key, plan);
    }
    return plan;
  }

  private shareExecution(
    plan: SubscriptionNode,
    event: ExecutionResult,
    request: SubscriptionRequest,
    key: string,
  ) {
    let byRequest = this.executions.get(event);
    if (!byRequest) this.executions.set(event, (byRequest = new Map()));
    let execution = byRequest.get(key);
    if (!execution) byRequest.set(key, (execution = this.executeRest(plan, event, request)));
    return execution;
  }

  private async executeRest(
    plan: SubscriptionNode,
    event: ExecutionResult,
    request: SubscriptionRequest,
  ) {
    const source: FetchNode = { ...plan.primary, serviceName: EVENT_SOURCE };
    const queryPlan: QueryPlan = {
      kind: 'QueryPlan',
      node: plan.rest ? { kind: 'Sequence', nodes: [source, plan.rest] } : source,
    };
    const serviceMap = {
      ...this.dataSources,
      [EVENT_SOURCE]: {
        process: async () => event,
      } as unknown as GraphQLDataSource<GatewayContext>,
    };
    const operationContext = buildOperationContext({
      schema: this.apiSchema,
      operationDocument: request.document,
      operationName: request.operationName ?? undefined,
    });
    const requestContext = {
      request: {
        query: print(request.document),
        variables: request.variables,
        operationName: request.operationName,
      },
      document: request.document,
      // Each event is an operation of its own for the subgraphs (their reads are counted anew).
      context: { ...request.context, operationId: randomUUID() },
      metrics: {},
      logger: undefined,
    };
    return executeQueryPlan(
      queryPlan,
      serviceMap,
      requestContext as unknown as Parameters<typeof executeQueryPlan>[2],
      operationContext,
      this.supergraphSchema,
      this.api,
    ) as Promise<ExecutionResult>;
  }
}
