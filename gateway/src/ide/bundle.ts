import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BuildOptions, OutputFile } from 'esbuild';
import type { WorkerLabel } from './browser/config';
import { contentTypeOf } from './content-types';

/** One file of the IDE, held in memory: its bytes, gzipped bytes and content type. */
export interface IdeAsset {
  body: Buffer;
  gzip: Buffer;
  contentType: string;
}

export interface IdeBundle {
  /** By URL path, such as /ide/main-3F2A.js. */
  assets: Map<string, IdeAsset>;
  script: string;
  styles: string[];
  workers: Record<WorkerLabel, string>;
}

const ASSET_PREFIX = '/ide/';
// Any folder will do: nothing is written, output paths are only taken relative to it.
const OUT_DIR = resolve('/ide-bundle');
const entry = fileURLToPath(new URL('./browser/main.ts', import.meta.url));
const workerModules: Record<WorkerLabel, string> = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

function resolveModule(specifier: string): string {
  return fileURLToPath(import.meta.resolve(specifier));
}

const common: BuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  outdir: OUT_DIR,
  publicPath: ASSET_PREFIX,
  target: 'es2022',
  logLevel: 'silent',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
};

let cached: Promise<IdeBundle> | undefined;

/**
 * Bundles GraphiQL, React and the Monaco workers from node_modules with esbuild, in memory, once
 * per process (a few seconds), so the IDE needs no build step and no CDN.
 */
export function loadIdeBundle(): Promise<IdeBundle> {
  cached ??= buildIdeBundle().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildIdeBundle(): Promise<IdeBundle> {
  // Loaded here, not at import, so a production gateway (no IDE) never loads the bundler.
  const { build } = await import('esbuild');
  const workerEntries = Object.fromEntries(
    Object.entries(workerModules).map(([label, specifier]) => [label, resolveModule(specifier)]),
  );
  const [page, workers] = await Promise.all([
    build({
      ...common,
      entryPoints: { main: entry },
      format: 'esm',
      entryNames: '[name]-[hash]',
    }),
    build({
      ...common,
      entryPoints: workerEntries,
      // Classic workers: one self-contained script each.
      format: 'iife',
      entryNames: 'workers/[name]-[hash]',
    }),
  ]);
  const assets = new Map<string, IdeAsset>();
  for (const file of [...(page.outputFiles ?? []), ...(workers.outputFiles ?? [])]) {
    assets.set(urlPathOf(file), {
      body: Buffer.from(file.contents),
      gzip: gzipSync(file.contents),
      contentType: contentTypeOf(file.path),
    });
  }
  const paths = [...assets.keys()];
  const script = paths.find((p) => /^\/ide\/main-[^/]+\.js$/.test(p));
  if (!script) throw new Error('The IDE bundle has no main script');
  const workerUrl = (label: WorkerLabel) => {
    const url = paths.find(
      (p) => p.startsWith(`${ASSET_PREFIX}workers/${label}-`) && p.endsWith('.js'),
    );
    if (!url) throw new Error(`The IDE bundle has no ${label} worker`);
    return url;
  };
  return {
    assets,
    script,
    styles: paths.filter((p) => /^\/ide\/main-[^/]+\.css$/.test(p)),
    workers: {
      editor: workerUrl('editor'),
      json: workerUrl('json'),
      graphql: workerUrl('graphql'),
    },
  };
}

function urlPathOf(file: OutputFile): string {
  return ASSET_PREFIX + relative(OUT_DIR, file.path).split('\\').join('/');
}
