import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The public error codes of the API (CONTRACT.graphql). Clients switch on these. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  PRESCRIPTION_REQUIRED = 'PRESCRIPTION_REQUIRED',
  PRESCRIPTION_INVALID = 'PRESCRIPTION_INVALID',
  INVALID_STATUS_TRANSITION = 'INVALID_STATUS_TRANSITION',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** A service needed to answer is down; the rest of the answer may still be there. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

// INTERNAL_SERVER_ERROR is what Apollo gives any plain thrown error: never passed as it is.
const publicCodes = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

/** An expected failure with a public code; its message is safe to show to the caller. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { ...details, code } });
    this.name = code;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed') {
    super(ErrorCode.FORBIDDEN, message);
  }
}
export class BadUserInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, 'Too many attempts, try again later', { retryAfterSeconds });
  }
}

/** True when a GraphQL error carries one of the public codes. */
export function hasPublicCode(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && publicCodes.has(code);
}

/**
 * The one place that decides what a caller may see of an error: public codes pass as they are
 * (GraphQL validation errors become BAD_USER_INPUT), everything else is masked.
 */
export function maskFormattedError(
  formatted: GraphQLFormattedError,
  options: { includeStack?: boolean } = {},
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (hasPublicCode(formatted)) {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: options.includeStack ? formatted.extensions : extensions };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'PERSISTED_QUERY_NOT_SUPPORTED' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * A row that must exist (a foreign key points at it) but was not found: a broken invariant,
 * reported as INTERNAL_SERVER_ERROR rather than a null where the schema promises a value.
 */
export function mustExist<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
