import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The generated resolver types are what makes a resolver that does not fit its SDL fail
 * `npm run typecheck`. These cases compile a resolver map against inventory's generated types
 * with the project's compiler options: the right one passes, each kind of mismatch fails.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const generated = join(root, 'subgraphs/inventory/src/generated/resolvers.ts');

const cases = {
  fits: `{
    Query: { medication: (_root, args) => (args.id.length > 0 ? null : null) },
    StockItem: { quantityAvailable: (item) => item.onHand - item.reserved },
  }`,
  unknownArgument: `{ Query: { medication: (_root, args) => (args.medicationId ? null : null) } }`,
  wrongResult: `{ StockItem: { quantityAvailable: () => 'plenty' } }`,
  nullForNonNull: `{ Query: { pharmacies: () => null } }`,
  unknownField: `{ Medication: { dosage: () => 'twice a day' } }`,
};
let dir: string;
let errors: Record<keyof typeof cases, string>;

/** Compiles every case in one program (one type-check pass) with the project's options. */
async function compileCases(): Promise<typeof errors> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const files = {} as Record<keyof typeof cases, string>;
  for (const [name, resolvers] of Object.entries(cases) as [keyof typeof cases, string][]) {
    files[name] = join(dir, `${name}.ts`);
    await writeFile(
      files[name],
      `import type { Resolvers } from ${JSON.stringify(generated.replace(/\.ts$/, ''))};\n` +
        `export const resolvers: Resolvers = ${resolvers};\n`,
    );
  }
  const program = ts.createProgram(Object.values(files), { ...options, noEmit: true });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const found = {} as typeof errors;
  for (const [name, file] of Object.entries(files) as [keyof typeof cases, string][])
    found[name] = diagnostics
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      .join('\n');
  return found;
}

beforeAll(async () => {
  // Inside the project, so its packages resolve as they do for the real resolvers.
  dir = await mkdtemp(join(root, 'subgraphs/.resolver-type-cases-'));
  errors = await compileCases();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generated resolver types', () => {
  it('accept a resolver that fits the SDL', () => {
    expect(errors.fits).toBe('');
  });

  it('refuse an argument the field does not have', () => {
    expect(errors.unknownArgument).toMatch(/medicationId/);
  });

  it('refuse a result of the wrong type', () => {
    expect(errors.wrongResult).toMatch(/string.*not assignable|not assignable.*number/s);
  });

  it('refuse null where the SDL promises a value', () => {
    expect(errors.nullForNonNull).toMatch(/null/);
  });

  it('refuse a field the type does not have', () => {
    expect(errors.unknownField).toMatch(/dosage/);
  });
});
