import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the clients: `npm run codegen` reads every graphql(`...`) operation under
 * web/src and writes their result and variable types to web/src/gql/ (committed). A schema
 * change that breaks an operation fails here, and `npm run codegen:check` fails when the
 * committed output is stale.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: CodegenConfig = {
  schema: here('../schema/api.graphql'),
  documents: [here('./web/src/**/*.{ts,tsx}'), `!${here('./web/src/gql/**')}`],
  ignoreNoDocuments: false,
  // Formatted like the rest of the code, so format:check needs no exception for it.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    [here('./web/src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations travel as strings: the app needs no GraphQL parser at run time.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
