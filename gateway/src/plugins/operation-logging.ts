import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, hasPublicCode, maskFormattedError } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';

export interface LoggedOperation {
  requestId?: string | undefined;
  operationName?: string | null | undefined;
  operationType?: string | undefined;
  errors?: readonly GraphQLError[] | undefined;
  durationMs?: number;
}

/** True when the client sees this error only as INTERNAL_SERVER_ERROR. */
const isMasked = (error: GraphQLError) =>
  maskFormattedError({ message: error.message, extensions: error.extensions }).extensions?.code ===
  ErrorCode.INTERNAL_SERVER_ERROR;

/** The cause, with its stack, of each error the client sees only as INTERNAL_SERVER_ERROR. */
export function logMaskedErrors(
  log: Logger,
  errors: readonly GraphQLError[],
  requestId: string | undefined,
): Logger {
  const requestLog = requestId ? log.child({ requestId }) : log;
  for (const error of errors.filter(isMasked)) {
    requestLog.warn('masked error', {
      path: error.path,
      service: error.extensions?.serviceName,
      error: error.originalError ?? error,
    });
  }
  return requestLog;
}

/**
 * One line per operation under its request id, and before it the cause, with its stack, of
 * every error the client sees masked: the client is told only a code, so the log must say
 * more. The plugin below calls it for what Apollo Server runs, over HTTP and the WebSocket;
 * the subscription server for subscriptions.
 */
export function logOperation(log: Logger, operation: LoggedOperation): void {
  const requestLog = logMaskedErrors(log, operation.errors ?? [], operation.requestId);
  const errors = operation.errors ?? [];
  requestLog.info('operation', {
    operationName: operation.operationName ?? null,
    operationType: operation.operationType ?? null,
    errorCodes: errors.map((e) => e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
    ...(operation.durationMs === undefined ? {} : { durationMs: operation.durationMs }),
  });
}

/** Logs every operation Apollo Server runs (see logOperation), with how long it took. */
export function operationLoggingPlugin<C extends BaseContext & { requestId: string }>(
  log: Logger,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          logOperation(log, {
            requestId: contextValue.requestId,
            operationName,
            operationType: operation?.operation,
            errors,
            durationMs: Math.round(performance.now() - started),
          });
        },
      };
    },
    // A request refused before it ran (an invalid token is expected; anything else is not).
    async contextCreationDidFail({ error }) {
      if (!(error instanceof GraphQLError) || !hasPublicCode(error))
        log.warn('request context failed', { error });
    },
  };
}
