import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, ParseOptions, ValidationRule } from 'graphql';
import type { Logger } from '@pharmacy/service';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { createErrorMasking, type ErrorMasking } from './error-masking';
import {
  logMaskedErrors,
  logOperation,
  operationLoggingPlugin,
  type LoggedOperation,
} from './plugins/operation-logging';
import { queryCostRule } from './plugins/query-cost';
import { queryShapeLimitRules } from './plugins/query-shape-limits';
import { rateLimitPlugin } from './plugins/rate-limit';
import { createRequestRateLimiter, type RequestRateLimiter } from './request-rate-limiter';

/**
 * Every rule a GraphQL operation is held to, made once from the configuration. Apollo Server
 * applies them to HTTP requests and to the queries and mutations that come over the WebSocket
 * (the subscription server hands those to `executeOperation`); the subscription server applies
 * the same ones to the subscriptions it runs itself.
 */
export interface RequestRules {
  /** The token limit, for graphql-js's parser. */
  parseOptions: ParseOptions;
  /** Depth, aliases and directives (graphql-armor) and cost, after the standard rules. */
  validationRules: ValidationRule[];
  /** Rate limits and logging, as Apollo Server plugins. */
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** The rate limit plugin's count, for each subscription started. */
  limitRequest: RequestRateLimiter;
  /** Apollo Server's formatError, and what the WebSocket sends of an error. */
  maskError: ErrorMasking;
  /** The logging plugin's line per operation, for subscriptions. */
  logOperation(operation: LoggedOperation): void;
  /** The causes of masked errors in a subscription's events or refusals. */
  logMaskedErrors(errors: readonly GraphQLError[], requestId?: string): void;
}

export function requestRules(
  config: Pick<GatewayConfig, 'mode' | 'limits' | 'rateLimits'>,
  log: Logger,
): RequestRules {
  const limitRequest = createRequestRateLimiter(config.rateLimits);
  return {
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [
      ...queryShapeLimitRules(config.limits),
      queryCostRule({ maxCost: config.limits.maxCost }),
    ],
    plugins: [rateLimitPlugin(limitRequest), operationLoggingPlugin(log)],
    limitRequest,
    maskError: createErrorMasking({ hideSuggestions: config.mode === 'production' }),
    logOperation: (operation) => logOperation(log, operation),
    logMaskedErrors: (errors, requestId) => void logMaskedErrors(log, errors, requestId),
  };
}
