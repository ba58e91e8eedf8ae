import { randomUUID } from 'node:crypto';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { SubscribePayload } from 'graphql-ws';
import type { GatewayContext } from '../context';
import type { RequestRules } from '../request-rules';
import type { Connection } from './connection-auth';
import type { SubscriptionQuota } from './subscription-quota';

/** The context of an operation over the socket: a request's, plus where it came from. */
export type SocketContext = GatewayContext & { connection: Connection; payload: SubscribePayload };

/** Stands in for a document that did not parse: graphql-ws needs one, Apollo Server answers. */
const UNPARSED = parse('{ __typename }');

export function isSubscription(document: DocumentNode, operationName?: string | null): boolean {
  return getOperationAST(document, operationName)?.operation === 'subscription';
}

function parsed(payload: SubscribePayload, rules: RequestRules): DocumentNode | undefined {
  try {
    return parse(payload.query, rules.parseOptions);
  } catch {
    return undefined;
  }
}

/**
 * What one graphql-ws `subscribe` message runs, or why it is refused. Queries, mutations and
 * anything that does not parse go to Apollo Server (see `execute` in the subscription server),
 * which answers them exactly as over HTTP. Subscriptions, which the gateway runs itself, meet
 * the same rules here: the rate limit's count, the token limit when parsing, the same
 * validation rules, and then the subscription quota.
 */
export function prepareSocketOperation(options: {
  connection: Connection;
  clientAddress: string;
  id: string;
  payload: SubscribePayload;
  schema: GraphQLSchema;
  rules: RequestRules;
  quota: SubscriptionQuota;
}): ExecutionArgs | GraphQLError[] {
  const { connection, payload, rules } = options;
  const contextValue: SocketContext = {
    caller: connection.caller,
    clientAddress: options.clientAddress,
    requestId: randomUUID(),
    operationId: randomUUID(),
    connection,
    payload,
  };
  const document = parsed(payload, rules);
  const args: ExecutionArgs = {
    schema: options.schema,
    document: document ?? UNPARSED,
    variableValues: payload.variables ?? {},
    operationName: payload.operationName ?? null,
    contextValue,
  };
  if (!document || !isSubscription(document, payload.operationName)) return args;
  try {
    rules.limitRequest(contextValue);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  const invalid = validate(options.schema, document, [...specifiedRules, ...rules.validationRules]);
  // As Apollo Server reports them, so that masking treats them alike.
  if (invalid.length > 0)
    return invalid.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes ?? null,
          extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
  const overQuota = options.quota.take(connection, options.id);
  if (overQuota) return [overQuota];
  rules.logOperation({
    requestId: contextValue.requestId,
    operationName: payload.operationName,
    operationType: 'subscription',
  });
  return args;
}

/**
 * Runs a query or mutation from the socket through Apollo Server, from its text as sent, so
 * that every rule and plugin of HTTP applies and the answer is the one HTTP would give.
 */
export async function executeWithApollo(
  apollo: ApolloServer<GatewayContext>,
  { connection: _connection, payload, ...context }: SocketContext,
): Promise<ExecutionResult> {
  const response = await apollo.executeOperation(
    {
      query: payload.query,
      variables: payload.variables ?? undefined,
      operationName: payload.operationName ?? undefined,
      extensions: payload.extensions ?? undefined,
    },
    { contextValue: context },
  );
  return response.body.kind === 'single'
    ? (response.body.singleResult as ExecutionResult)
    : { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
}
