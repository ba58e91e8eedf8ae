import { mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutable } from './bundled-chromium';

export const screenshotDir = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);

/** A headless Chromium with a fresh profile (playwright makes a temporary user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  const [{ path, args }] = await Promise.all([
    chromiumExecutable(),
    mkdir(screenshotDir, { recursive: true }),
  ]);
  return chromium.launch({ executablePath: path, args, headless: true });
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
