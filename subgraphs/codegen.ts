import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import { subgraphNames, type SubgraphName } from '@pharmacy/service';

/**
 * Types that flow from each subgraph's own SDL (`npm run codegen`, committed, checked by
 * `npm run codegen:check`):
 * - `src/generated/resolvers.ts`: the resolver map's types, with the parent of each type mapped
 *   to the row its resolvers receive, so a resolver that does not fit its schema fails the
 *   typecheck;
 * - `src/generated/enums.ts`: the SDL's enums as `const` objects, the one definition that the
 *   tables and services use too;
 * - `src/generated/<peer>.ts`: typed documents of the operations in `src/clients/<peer>.graphql`,
 *   checked against that peer's SDL, so a call to another service breaks at build time.
 * Each subgraph says how in its `codegen.ts` beside its package.json.
 */
export interface SubgraphCodegen {
  /** `<module>#<type>` of the per-request context, relative to src/generated/. */
  contextType: string;
  /** Schema type name to `<module>#<row type>`, relative to src/generated/. */
  mappers: Record<string, string>;
  /** The subgraphs it calls, each with operations in src/clients/<peer>.graphql. */
  peers: SubgraphName[];
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The schema a subgraph serves: its SDL plus federation's _entities, _service and directives. */
function servedSchema(name: SubgraphName): string {
  const sdl = readFileSync(here(`./${name}/src/schema.graphql`), 'utf8');
  return printSchemaWithDirectives(buildSubgraphSchema(parse(sdl)));
}

const shared = {
  useTypeImports: true,
  enumsAsConst: true,
  namingConvention: { enumValues: 'keep' },
  strictScalars: true,
  scalars: {
    DateTime: { input: 'Date', output: 'Date | string' },
    // Federation's own scalars, in the served schema but never in a resolver we write.
    _Any: 'unknown',
    _FieldSet: 'string',
    federation__FieldSet: 'string',
    federation__Scope: 'string',
    federation__Policy: 'string',
    link__Import: 'unknown',
  },
};

/** Typed documents of the operations in `documents`, checked against `peer`'s served schema. */
function peerOperations(peer: SubgraphName, documents: string): Types.ConfiguredOutput {
  return {
    schema: servedSchema(peer),
    documents,
    plugins: ['typescript-operations', 'typed-document-node'],
    config: { ...shared, onlyOperationTypes: true, avoidOptionals: true },
  };
}

async function outputsOf(name: SubgraphName): Promise<Record<string, Types.ConfiguredOutput>> {
  const { codegen } = (await import(`./${name}/codegen.ts`)) as { codegen: SubgraphCodegen };
  const sdl = readFileSync(here(`./${name}/src/schema.graphql`), 'utf8');
  const outputs: Record<string, Types.ConfiguredOutput> = {
    // Enums alone, importing nothing, so tables and services can take their values from here.
    [here(`./${name}/src/generated/enums.ts`)]: {
      schema: sdl,
      plugins: ['typescript'],
      config: { ...shared, onlyEnums: true },
    },
    [here(`./${name}/src/generated/resolvers.ts`)]: {
      // The SDL as written: with `federation: true` the plugin adds __resolveReference itself.
      schema: sdl,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        federation: true,
        contextType: codegen.contextType,
        mappers: codegen.mappers,
        mapperTypeSuffix: 'Model',
        // Resolvers may return the row or a promise of it; args are exactly the SDL's.
        useIndexSignature: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  };
  for (const peer of codegen.peers) {
    outputs[here(`./${name}/src/generated/${peer}.ts`)] = peerOperations(
      peer,
      here(`./${name}/src/clients/${peer}.graphql`),
    );
  }
  return outputs;
}

/** The gateway calls users itself (a subscriber's current role): typed the same way. */
const gatewayOutputs: Record<string, Types.ConfiguredOutput> = {
  [here('../gateway/src/generated/users.ts')]: peerOperations(
    'users',
    here('../gateway/src/clients/users.graphql'),
  ),
};

const generates = Object.assign(
  {},
  ...(await Promise.all(subgraphNames.map(outputsOf))),
  gatewayOutputs,
);

const config: CodegenConfig = {
  generates,
  // Schemas as written, not sorted: enums keep the SDL's order of values.
  config: { sort: false },
  // Formatted like the rest of the code, so format:check needs no exception for it.
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
