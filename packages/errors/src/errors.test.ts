import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ErrorCode,
  ForbiddenError,
  hasPublicCode,
  maskFormattedError,
  mustExist,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from './errors';

const masked = {
  message: 'Internal server error',
  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
};

describe('error classes', () => {
  it.each([
    [new UnauthenticatedError(), ErrorCode.UNAUTHENTICATED, 'Authentication required'],
    [new ForbiddenError(), ErrorCode.FORBIDDEN, 'Not allowed'],
    [new BadUserInputError('bad email'), ErrorCode.BAD_USER_INPUT, 'bad email'],
    [new NotFoundError('Order'), ErrorCode.NOT_FOUND, 'Order not found'],
    [new ConflictError('taken'), ErrorCode.CONFLICT, 'taken'],
    [new RateLimitedError(7), ErrorCode.RATE_LIMITED, 'Too many attempts, try again later'],
  ])('%s carries its code in extensions.code', (error, code, message) => {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps details next to the code, and the code wins over a detail named code', () => {
    expect(new RateLimitedError(7).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 7,
    });
    const error = new BadUserInputError('bad', { field: 'email', code: 'SPOOFED' });
    expect(error.extensions).toEqual({ field: 'email', code: ErrorCode.BAD_USER_INPUT });
  });
});

describe('maskFormattedError', () => {
  it('passes errors with a public code as they are, without their stack trace', () => {
    const formatted = new BadUserInputError('first must be between 1 and 100', {
      field: 'first',
    }).toJSON();
    const withStack = {
      ...formatted,
      path: ['orders'],
      extensions: { ...formatted.extensions, stacktrace: ['at secret.ts:1'] },
    };
    expect(maskFormattedError(withStack)).toEqual({
      message: 'first must be between 1 and 100',
      path: ['orders'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect(maskFormattedError(withStack, { includeStack: true }).extensions?.stacktrace).toEqual([
      'at secret.ts:1',
    ]);
    for (const code of Object.values(ErrorCode).filter((c) => c !== 'INTERNAL_SERVER_ERROR')) {
      expect(maskFormattedError({ message: 'm', extensions: { code } }).extensions?.code).toBe(
        code,
      );
    }
  });

  it('turns GraphQL request errors into BAD_USER_INPUT, keeping message and locations only', () => {
    const formatted: GraphQLFormattedError = {
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at validate'] },
    };
    expect(maskFormattedError(formatted)).toEqual({
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  const leaky = 'connect ECONNREFUSED 10.1.2.3:5432 (postgres://admin:hunter2@db.internal)';
  it.each<[string, GraphQLFormattedError]>([
    ['no code', { message: leaky }],
    ['no extensions at all', { message: leaky, locations: [{ line: 1, column: 1 }] }],
    ['an unknown code', { message: leaky, extensions: { code: 'ECONNREFUSED' } }],
    ['a non-string code', { message: leaky, extensions: { code: 42 } }],
    [
      'a stack trace and exception details',
      { message: leaky, extensions: { code: 'X', stacktrace: [leaky], exception: { leaky } } },
    ],
    // What Apollo Server makes of a plain `throw new Error(...)` in a resolver.
    [
      'the code Apollo gives unknown errors',
      { message: leaky, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ],
  ])('masks an error with %s as INTERNAL_SERVER_ERROR', (_, formatted) => {
    const result = maskFormattedError({ ...formatted, path: ['me', 'orders', 0] });
    expect(result).toEqual({ ...masked, path: ['me', 'orders', 0] });
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|10\.1\.2\.3|hunter2|db\.internal/);
    expect(hasPublicCode(formatted)).toBe(false);
  });

  it('masks without inventing a path', () => {
    expect(maskFormattedError({ message: leaky })).toEqual(masked);
  });
});

describe('mustExist', () => {
  it('passes a value through and turns a missing one into an unknown (masked) error', () => {
    expect(mustExist(0, 'Stock row')).toBe(0);
    expect(() => mustExist(null, 'Stock row')).toThrow('Stock row is missing');
    let thrown: unknown;
    try {
      mustExist(undefined, 'Stock row');
    } catch (error) {
      thrown = error;
    }
    // A broken invariant, not a public error: masking turns it into INTERNAL_SERVER_ERROR.
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(AppError);
  });
});
