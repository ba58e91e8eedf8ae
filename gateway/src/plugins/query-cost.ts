import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@pharmacy/errors';

/** Size assumed for a list that no `first` sizes. */
const ASSUMED_LIST_SIZE = 10;
/**
 * Size assumed for a `first` given as a variable: the largest page the subgraphs serve
 * (`parseFirst` in @pharmacy/db refuses more than 100).
 */
const MAX_PAGE_SIZE = 100;

/** Lists sized by the `first` of the field that holds them: a connection's page. */
const PAGE_FIELDS = new Set(['nodes', 'edges']);

interface Walk {
  context: ValidationContext;
  cost: number;
}

/** Where a selection set sits: its type, how many times it is resolved, the page above it. */
interface Scope {
  parent: GraphQLNamedType | null | undefined;
  multiplier: number;
  pageSize: number | undefined;
  /** Fragments being walked, to stop at a cycle (another rule refuses it). */
  fragments: ReadonlySet<string>;
}

/** The size a field's `first` asks for; undefined when the field takes no `first`. */
function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>) {
  const argument = field.args.find((a) => a.name === 'first');
  if (!argument) return undefined;
  const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
  if (given?.kind === Kind.INT) return Math.max(Number(given.value), 0);
  if (!given && typeof argument.defaultValue === 'number') return argument.defaultValue;
  return MAX_PAGE_SIZE; // a variable: it may ask for the largest page
}

function walkField(walk: Walk, node: FieldNode, scope: Scope): void {
  const { parent } = scope;
  const field =
    parent && (isObjectType(parent) || isInterfaceType(parent))
      ? parent.getFields()[node.name.value]
      : undefined;
  // Scalars come with the object that holds them; introspection is limited by depth.
  if (!field || !node.selectionSet) return;
  const isList = isListType(getNullableType(field.type));
  const ownPage = pageSizeOf(node, field);
  const size = !isList
    ? 1
    : PAGE_FIELDS.has(field.name) && scope.pageSize !== undefined
      ? scope.pageSize
      : (ownPage ?? ASSUMED_LIST_SIZE);
  walk.cost += scope.multiplier * size;
  walkSelections(walk, node.selectionSet, {
    parent: getNamedType(field.type),
    multiplier: scope.multiplier * size,
    // A connection's `first` sizes the page list below it, not the connection object itself.
    pageSize: isList ? undefined : ownPage,
    fragments: scope.fragments,
  });
}

function walkSelections(walk: Walk, selectionSet: SelectionSetNode, scope: Scope): void {
  const schema = walk.context.getSchema();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      walkField(walk, selection, scope);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      const parent = condition ? schema.getType(condition) : scope.parent;
      walkSelections(walk, selection.selectionSet, { ...scope, parent });
    } else {
      const fragment = walk.context.getFragment(selection.name.value);
      if (!fragment || scope.fragments.has(fragment.name.value)) continue;
      walkSelections(walk, fragment.selectionSet, {
        ...scope,
        parent: schema.getType(fragment.typeCondition.name.value),
        fragments: new Set(scope.fragments).add(fragment.name.value),
      });
    }
  }
}

/**
 * Refuses an operation that would resolve too many objects. Each object a field resolves costs
 * one, times the objects it is resolved for; scalars cost nothing (the token limit bounds how
 * many a query names). A connection's page counts once: `first` on the connection sizes its
 * `nodes`. Any other list counts as ASSUMED_LIST_SIZE objects, so lists nested in lists grow
 * fast and are refused, while a full page of the fields a client shows is accepted.
 */
export function queryCostRule({ maxCost }: { maxCost: number }): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation) ?? undefined;
      const walk: Walk = { context, cost: 0 };
      walkSelections(walk, operation.selectionSet, {
        parent: root,
        multiplier: 1,
        pageSize: undefined,
        fragments: new Set(),
      });
      if (walk.cost <= maxCost) return;
      context.reportError(
        new GraphQLError(`Query is too expensive: cost ${walk.cost}, limit ${maxCost}`, {
          nodes: [operation],
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        }),
      );
    },
  });
}
