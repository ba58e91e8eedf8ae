import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sparticuz from '@sparticuz/chromium';

/**
 * The Chromium the tests drive: the one @sparticuz/chromium ships inside its npm package, so no
 * system browser is needed. CHROMIUM_PATH names another binary instead.
 */
export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const override = process.env.CHROMIUM_PATH;
  if (override) return { path: override, args: QUIET_FLAGS };
  return { path: await unpackedChromium(), args: [...bundledFlags(), ...QUIET_FLAGS] };
}

/** Nothing in the background may reach for the internet: the tests run offline. */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The package's flags for its headless shell, less two that would let a page break the rules a
 * patient's browser enforces (same origin, mixed content), and less its feature lists: Chromium
 * reads only the last --disable-features, so they would replace Playwright's own list, which
 * keeps Chromium from calling home.
 */
function bundledFlags(): string[] {
  const weakening =
    /^--(disable-web-security|allow-running-insecure-content|disable-features|enable-features)\b/;
  return sparticuz.args.filter((flag) => !weakening.test(flag));
}

const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
const { version } = JSON.parse(
  readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'),
) as { version: string };

/**
 * The package unpacks into os.tmpdir() and takes an existing file there for a finished one, so
 * two test files starting at once, or a run killed mid-way, could hand Chromium half a binary.
 * Here each unpack goes to a staging directory of its own (a child process whose TMPDIR points
 * there), which is then renamed into place whole: the first to finish wins, later runs reuse it.
 */
async function unpackedChromium(): Promise<string> {
  const dir = join(tmpdir(), `sparticuz-chromium-${version}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = await mkdtemp(`${dir}-unpacking-`);
  try {
    const unpack = `const { default: c } = await import(${JSON.stringify(pathToFileURL(entry).href)}); await c.executablePath();`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', unpack], {
      env: { ...process.env, TMPDIR: staging },
    });
    await chmod(staging, 0o755); // mkdtemp's 0700 would hide it from other users
    await rename(staging, dir).catch((error: unknown) => {
      if (!existsSync(binary)) throw error; // not a lost race: a real failure
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}
