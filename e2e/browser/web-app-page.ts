import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startBrowserStack, type BrowserStack } from './harness';
import { buildWebApp } from './web-app-build';

export interface WebApp {
  env: BrowserStack;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/**
 * The web app built from its current source and served with the seeded supergraph, open in
 * Chromium on a phone. Whatever started is stopped again should another part fail to start.
 */
export async function startWebApp(): Promise<WebApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'pharmacy-web-'));
  const [env, browser] = await Promise.allSettled([
    buildWebApp(outDir).then(() => startBrowserStack({ webAppDir: outDir })),
    launchChromium(),
  ]);
  const stop = async () => {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (env.status === 'fulfilled') await env.value.stop();
    await rm(outDir, { recursive: true, force: true });
  };
  if (env.status === 'rejected' || browser.status === 'rejected') {
    await stop();
    throw env.status === 'rejected' ? env.reason : (browser as PromiseRejectedResult).reason;
  }
  return { env: env.value, browser: browser.value, page: await phonePage(browser.value), stop };
}

/** A phone-sized screen in Berlin Mitte, where the demo pharmacies are. */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    geolocation: { latitude: 52.5304, longitude: 13.4025 },
    permissions: ['geolocation'],
  });
  return context.newPage();
}

/** What a patient does in the web app, as steps the web app tests take. */
export function patientSteps(page: Page) {
  return {
    async logIn(email: string, password: string) {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
    },
    payButton: () => page.getByRole('button', { name: /^Pay \S*\d/ }),
    prescriptionCard: (prescriber: string) =>
      page.getByTestId('prescription').filter({ hasText: prescriber }),
  };
}

export interface OrderEvent {
  id: string;
  status: string;
}

/**
 * Every orderStatusChanged event the page receives over its WebSockets. The app polls when the
 * subscription fails, so only these show that the page follows an order live.
 */
export function recordOrderEvents(page: Page): OrderEvent[] {
  const events: OrderEvent[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => {
      const message = JSON.parse(String(frame.payload)) as {
        payload?: { data?: { orderStatusChanged?: OrderEvent } };
      };
      const event = message.payload?.data?.orderStatusChanged;
      if (event) events.push({ id: event.id, status: event.status });
    }),
  );
  return events;
}
