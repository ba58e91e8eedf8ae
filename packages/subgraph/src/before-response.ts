import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';

/**
 * Work a request collected while it ran and finishes once at its end, such as audit rows
 * written in one statement. It gets the request's context as the resolvers saw it.
 */
export type BeforeResponse<C extends BaseContext> = (context: C) => Promise<void> | void;

/**
 * Runs `hook` after the operation and before its response is sent: Apollo awaits
 * willSendResponse, so a client that asks again right after sees what the hook wrote. A hook
 * that fails replaces the response with one INTERNAL_SERVER_ERROR and no data, so nothing is
 * answered whose bookkeeping was lost.
 */
export function beforeResponsePlugin<C extends BaseContext>(
  hook: BeforeResponse<C>,
  log: Logger,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await hook(contextValue);
          } catch (error) {
            log.error('the work before the response failed', { error });
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'Internal server error',
                    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
