import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@pharmacy/service';
import { requestRules } from './request-rules';

const schema = buildSchema(
  readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'),
);
const limits = { maxDepth: 3, maxAliases: 1, maxDirectives: 1, maxTokens: 30, maxCost: 50 };
const rulesFor = (mode: 'production' | 'development') =>
  requestRules(
    { mode, limits, rateLimits: { perAddress: 10, perUser: 10 } },
    createLogger('gateway', 'silent'),
  );

describe('requestRules', () => {
  const rules = rulesFor('production');
  const refusals = (query: string) =>
    validate(schema, parse(query, rules.parseOptions), [
      ...specifiedRules,
      ...rules.validationRules,
    ]).map((e) => e.message);

  it('parses with the configured token limit', () => {
    expect(() => parse('{ me { id name } }', rules.parseOptions)).not.toThrow();
    // graphql-js's own wording ("more that"), as Apollo Server sends it.
    expect(() => parse(`{ me { ${'id '.repeat(30)} } }`, rules.parseOptions)).toThrow(
      /^Syntax Error: Document contains more tha. 30 tokens\. Parsing aborted\.$/,
    );
  });

  it('validates with the configured depth, aliases, directives and cost', () => {
    expect(refusals('{ me { orders { id } } }')).toEqual([]);
    expect(refusals('{ me { orders { lines { quantity } } } }')).toEqual([
      'Query depth limit of 3 exceeded, found 4.',
      'Query is too expensive: cost 111, limit 50',
    ]);
    expect(refusals('{ a: me { id } b: me { id } }')).toEqual([
      'Aliases limit of 1 exceeded, found 2.',
    ]);
    expect(refusals('{ me { id @skip(if: false) name @skip(if: false) } }')).toEqual([
      'Directives limit of 1 exceeded, found 2.',
    ]);
  });

  it('masks unknown errors, and hides field suggestions in production only', () => {
    const typo = { message: 'Cannot query field "nmae" on type "User". Did you mean "name"?' };
    const validation = { ...typo, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(rules.maskError(validation)).toEqual({
      message: 'Cannot query field "nmae" on type "User".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(rulesFor('development').maskError(validation).message).toMatch(/Did you mean "name"\?/);
    expect(rules.maskError({ message: 'connect ECONNREFUSED 127.0.0.1:4003' })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
