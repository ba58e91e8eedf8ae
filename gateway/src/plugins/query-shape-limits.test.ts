import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryShapeLimitRules } from './query-shape-limits';

const schema = buildSchema(
  readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'),
);
const limits = { maxDepth: 4, maxAliases: 2, maxDirectives: 2 };

/** The errors the standard rules and the shape limits give a document, as [message, code]. */
const refusals = (document: string) =>
  validate(schema, parse(document), [...specifiedRules, ...queryShapeLimitRules(limits)]).map(
    (e) => [e.message, e.extensions.code],
  );

describe('queryShapeLimitRules', () => {
  it('accepts an operation at every limit', () => {
    const atLimits = `query($skip: Boolean!) {
      a: me { orders { lines { quantity @skip(if: $skip) } } }
      b: me { id @include(if: true) }
    }`;
    expect(refusals(atLimits)).toEqual([]);
  });

  it('refuses a query one level too deep, as a limit rather than a syntax error', () => {
    expect(refusals('{ me { orders { lines { medication { id } } } } }')).toEqual([
      ['Query depth limit of 4 exceeded, found 5.', 'BAD_USER_INPUT'],
    ]);
  });

  it('counts fragments as the fields they hold, named or inline', () => {
    const named = `{ me { ...Orders } } fragment Orders on User { orders { lines { quantity } } }`;
    expect(refusals(named)).toEqual([]);
    const inline = '{ me { ... on User { orders { lines { medication { id } } } } } }';
    expect(refusals(inline)).toEqual([
      ['Query depth limit of 4 exceeded, found 5.', 'BAD_USER_INPUT'],
    ]);
  });

  it('refuses too many aliases, __typename aliases aside, in fragments too', () => {
    const typenames = '{ a: __typename b: __typename c: __typename me { id } }';
    expect(refusals(typenames)).toEqual([]);
    const aliases = `{ a: me { id } ...More } fragment More on Query { b: me { id } c: me { id } }`;
    expect(refusals(aliases)).toEqual([
      ['Aliases limit of 2 exceeded, found 3.', 'BAD_USER_INPUT'],
    ]);
  });

  it('refuses too many directives', () => {
    const directives =
      '{ me { id @include(if: true) name @include(if: true) email @skip(if: false) } }';
    expect(refusals(directives)).toEqual([
      ['Directives limit of 2 exceeded, found 3.', 'BAD_USER_INPUT'],
    ]);
  });

  it('reports every limit an operation breaks at once', () => {
    const everything = `{ a: me { orders { lines { medication { id @skip(if: false) } } } } b: me { id @skip(if: false) } c: me { id @skip(if: false) } }`;
    expect(refusals(everything).map(([message]) => message)).toEqual([
      'Query depth limit of 4 exceeded, found 5.',
      'Aliases limit of 2 exceeded, found 3.',
      'Directives limit of 2 exceeded, found 3.',
    ]);
  });
});
