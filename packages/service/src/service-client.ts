import {
  INTERNAL_CREDENTIAL_HEADER,
  signInternalCredential,
  type InternalCredentialKey,
} from '@pharmacy/auth';
import { AppError, ErrorCode } from '@pharmacy/errors';

export interface ServiceClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

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
    async request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const credential = await signInternalCredential(
        options.key,
        { kind: 'service', service: options.caller },
        options.caller,
      );
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_CREDENTIAL_HEADER]: credential },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const body = (await response.json()) as {
        data?: T;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code;
        const known = Object.values(ErrorCode).includes(code as ErrorCode);
        const { code: _code, ...details } = first.extensions ?? {};
        throw known
          ? new AppError(code as ErrorCode, first.message, details)
          : new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'A service call failed');
      }
      if (!body.data) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'A service call failed');
      return body.data;
    },
  };
}
