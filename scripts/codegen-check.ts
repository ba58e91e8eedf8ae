/**
 * `npm run codegen:check`: fails when generated types (the clients' in clients/web/src/gql/, each
 * subgraph's in src/generated/) are not what `npm run codegen` would write now: a schema or an
 * operation changed without regenerating, or an operation no longer fits its schema. Generates
 * in memory, formats as the codegen hook does, and compares; writes nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import clients from '../clients/codegen';
import subgraphs from '../subgraphs/codegen';

const outputs: { filename: string; content: string }[] = [];
for (const config of [clients, subgraphs]) {
  try {
    outputs.push(...(await generate({ ...config, hooks: {}, silent: true }, false)));
  } catch (error) {
    // Such as an operation that asks for a field the schema no longer has.
    console.error(`Operations do not fit their schema:\n${String(error)}`);
    process.exit(1);
  }
}
const stale: string[] = [];
const expected = new Set<string>();
for (const { filename, content } of outputs) {
  expected.add(filename);
  const formatted = await format(content, {
    ...(await resolveConfig(filename)),
    filepath: filename,
  });
  const committed = await readFile(filename, 'utf8').catch(() => null);
  if (committed !== formatted) stale.push(relative(process.cwd(), filename));
}
const folders = new Set(outputs.map((o) => o.filename.slice(0, o.filename.lastIndexOf('/'))));
for (const folder of folders)
  for (const name of await readdir(folder))
    if (!expected.has(join(folder, name)))
      stale.push(`${relative(process.cwd(), join(folder, name))} (no longer generated)`);

if (stale.length > 0) {
  console.error(`Generated types are stale; run \`npm run codegen\`:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`Generated types are up to date (${outputs.length} files).`);
