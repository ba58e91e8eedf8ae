import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@pharmacy/errors';
import type { QueryLimits } from '../config';

/** Assumed page size of a list field whose size the query does not state. */
const DEFAULT_LIST_SIZE = 10;

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Refuses operations that are too deep, too wide or too expensive before any subgraph is asked.
 * Cost counts every field once per object it is resolved for: a list multiplies its children by
 * its `first` argument when given literally, otherwise by a default page size.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    const schema = context.getSchema();

    const walk = (
      selectionSet: SelectionSetNode,
      parent: GraphQLNamedType | undefined,
      depth: number,
      multiplier: number,
      measure: Measure,
      seen: Set<string>,
    ): void => {
      measure.depth = Math.max(measure.depth, depth);
      for (const selection of selectionSet.selections) {
        measure.directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) measure.aliases += 1;
          if (selection.name.value.startsWith('__')) continue;
          measure.cost += multiplier;
          if (!selection.selectionSet) continue;
          const field =
            parent && (isObjectType(parent) || isInterfaceType(parent))
              ? parent.getFields()[selection.name.value]
              : undefined;
          const first = selection.arguments?.find((a) => a.name.value === 'first')?.value;
          const size =
            first?.kind === Kind.INT
              ? Number(first.value)
              : field &&
                  (isListType(getNullableType(field.type)) ||
                    field.args.some((a) => a.name === 'first'))
                ? DEFAULT_LIST_SIZE
                : 1;
          walk(
            selection.selectionSet,
            field ? getNamedType(field.type) : undefined,
            depth + 1,
            multiplier * Math.max(size, 1),
            measure,
            seen,
          );
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          walk(selection.selectionSet, type ?? undefined, depth, multiplier, measure, seen);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
          walk(
            fragment.selectionSet,
            type,
            depth,
            multiplier,
            measure,
            new Set(seen).add(fragment.name.value),
          );
        }
      }
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? schema.getQueryType()
            : operation.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const measure: Measure = {
          depth: 0,
          aliases: 0,
          directives: operation.directives?.length ?? 0,
          cost: 0,
        };
        walk(operation.selectionSet, root ?? undefined, 1, 1, measure, new Set());
        const refuse = (message: string) =>
          context.reportError(
            new GraphQLError(message, {
              nodes: [operation],
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          );
        if (measure.depth > limits.maxDepth)
          refuse(`Query is too deep: depth ${measure.depth}, limit ${limits.maxDepth}`);
        if (measure.aliases > limits.maxAliases)
          refuse(`Too many aliases: ${measure.aliases}, limit ${limits.maxAliases}`);
        if (measure.directives > limits.maxDirectives) {
          refuse(`Too many directives: ${measure.directives}, limit ${limits.maxDirectives}`);
        }
        if (measure.cost > limits.maxCost)
          refuse(`Query is too expensive: cost ${measure.cost}, limit ${limits.maxCost}`);
      },
    };
  };
}
