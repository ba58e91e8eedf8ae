import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); playwright-core downloads no browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);

/** A headless chromium with a fresh profile (playwright makes a temporary user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  await mkdir(screenshotDir, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Numbered screenshots of one test file's steps: <prefix>-01-<step>.png, ... */
export function screenshots(prefix: string) {
  let step = 0;
  return async (page: Page, name: string) => {
    // The first shot of a run clears the previous run's, so no stale step stays behind.
    if (step === 0)
      for (const old of await readdir(screenshotDir))
        if (old.startsWith(`${prefix}-`)) await rm(`${screenshotDir}${old}`);
    step += 1;
    const file = `${prefix}-${String(step).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path: `${screenshotDir}${file}`, fullPage: true });
  };
}

/**
 * Watches a page for what must never happen: a request to any other origin (a CDN, say) and
 * uncaught errors in the page.
 */
export function watchPage(page: Page, origin: string) {
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  page.on('websocket', (socket) => {
    if (!socket.url().startsWith(origin.replace(/^http/, 'ws'))) foreignRequests.push(socket.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { foreignRequests, pageErrors };
}
