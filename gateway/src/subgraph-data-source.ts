import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import {
  INTERNAL_CREDENTIAL_HEADER,
  signInternalCredential,
  type InternalCredentialKey,
} from '@pharmacy/auth';
import { OPERATION_ID_HEADER, REQUEST_ID_HEADER } from '@pharmacy/service';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph on behalf of the request's caller, with an internal credential naming
 * them and the request's id for the subgraph's logs. The client's own headers are never
 * forwarded.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly key: InternalCredentialKey,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher,
    });
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const caller =
      'caller' in context && context.caller ? context.caller : { kind: 'anonymous' as const };
    request.http?.headers.set(
      INTERNAL_CREDENTIAL_HEADER,
      await signInternalCredential(this.key, caller, 'gateway'),
    );
    if ('clientAddress' in context && context.clientAddress) {
      request.http?.headers.set('x-client-address', context.clientAddress);
    }
    if ('requestId' in context && context.requestId) {
      request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    }
    if ('operationId' in context && context.operationId) {
      request.http?.headers.set(OPERATION_ID_HEADER, context.operationId);
    }
  }
}
