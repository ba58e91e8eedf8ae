import {
  INTERNAL_CREDENTIAL_HEADER,
  signInternalCredential,
  type InternalCredentialKey,
} from '@pharmacy/auth';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AppError, ErrorCode } from '@pharmacy/errors';

export interface ServiceClient {
  /** A typed document generated against the peer's SDL (src/generated/<peer>.ts). */
  request<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables: V,
  ): Promise<T>;
  /** An operation as text, for the few callers without generated types. */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Each document is printed once, not on every call. */
const printed = new WeakMap<TypedDocumentNode<unknown, never>, string>();
function textOf(document: string | TypedDocumentNode<unknown, never>): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

const callFailed = (cause?: unknown) =>
  Object.assign(new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'A service call failed'), { cause });

/**
 * Calls another subgraph as a service (not on behalf of a user). An error with a public code
 * comes back as the same AppError; anything else as INTERNAL_SERVER_ERROR.
 */
export function createServiceClient(options: {
  caller: string;
  url: string;
  key: InternalCredentialKey;
  timeoutMs?: number;
}): ServiceClient {
  return {
    async request<T>(
      document: string | TypedDocumentNode<T, never>,
      variables?: Record<string, unknown>,
    ): Promise<T> {
      const query = textOf(document as TypedDocumentNode<unknown, never>);
      const credential = await signInternalCredential(
        options.key,
        { kind: 'service', service: options.caller },
        options.caller,
      );
      let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [INTERNAL_CREDENTIAL_HEADER]: credential },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        body = (await response.json()) as typeof body;
      } catch (cause) {
        // Refused, timed out, or not a GraphQL answer (a proxy's error page): the same failure
        // to every caller, with the cause kept for the logs.
        throw callFailed(cause);
      }
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code;
        const known = Object.values(ErrorCode).includes(code as ErrorCode);
        const { code: _code, ...details } = first.extensions ?? {};
        throw known ? new AppError(code as ErrorCode, first.message, details) : callFailed();
      }
      if (!body.data) throw callFailed();
      return body.data;
    },
  };
}
