import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@pharmacy/errors';
import type { QueryLimits } from '../config';

type QueryShapeLimits = Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>;

/**
 * graphql-armor words a refusal as a syntax error ("Syntax Error: Query depth limit of 12
 * exceeded, found 14."); the query is well formed, so it is reported as what it is, a
 * BAD_USER_INPUT over a limit, and validation goes on to report every limit it breaks.
 */
const refusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        }),
      ),
  ],
};

/**
 * Depth, aliases and directives per operation, as graphql-armor counts them: fragments count
 * as the fields they hold (so naming a selection does not change its depth), `__typename`
 * aliases are free, and the introspection `__schema` field does not count towards depth.
 */
export function queryShapeLimitRules(limits: QueryShapeLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...refusal }),
    maxAliasesRule({ n: limits.maxAliases, ...refusal }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refusal }),
  ];
}
