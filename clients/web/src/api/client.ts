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
}

/**
 * Sends one typed operation over HTTP POST (JSON, which also satisfies the gateway's CSRF
 * prevention). Returns the data, partial data included; throws ApiError when there is none.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken?: string,
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
  if (body?.data) return body.data;
  const first = errors[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', errors);
  throw new ApiError(`The server answered ${response.status}`, `HTTP_${response.status}`);
}

/** Random keys for idempotent mutations; crypto.randomUUID needs a secure context, this not. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
