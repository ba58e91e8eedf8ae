import type { TypedDocumentString } from '../gql/graphql';

/** The supergraph's endpoint on the origin that served the app. */
export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A failed request: the error codes the API answered with (or NETWORK / HTTP_<status>). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The details the API gave with the first error, such as `field` or `retryAfterSeconds`. */
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }
}

export interface CallOptions {
  /**
   * False: any error fails the call, even beside partial data. For screens about one thing,
   * where a FORBIDDEN field would otherwise look like a missing one (a null).
   */
  partial?: boolean;
}

/**
 * Sends one typed operation over HTTP POST (JSON, which also satisfies the gateway's CSRF
 * prevention). Returns the data, partial data included unless `partial: false`; throws ApiError
 * when there is none.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken?: string,
  options: CallOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('Cannot reach the server', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult | null;
    errors?: GraphQLErrorEntry[];
  } | null;
  const errors = body?.errors ?? [];
  const first = errors[0];
  if (body?.data && (options.partial !== false || !first)) return body.data;
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', errors);
  throw new ApiError(`The server answered ${response.status}`, `HTTP_${response.status}`);
}

/** Random keys for idempotent mutations; crypto.randomUUID needs a secure context, this not. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
