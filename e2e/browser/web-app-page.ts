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

export interface SignUp {
  name: string;
  email: string;
  password: string;
  address?: string;
}

/** What a patient does in the web app, as steps the web app tests take. */
export function patientSteps(page: Page) {
  return {
    async logIn(email: string, password: string) {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
    },
    /** Fills the sign-up form and sends it; the form stays for its errors to be read. */
    async signUp(values: SignUp) {
      const form = page.getByRole('form', { name: 'Create an account' });
      await form.getByLabel('Name').fill(values.name);
      await form.getByLabel('Email').fill(values.email);
      await form.getByLabel('Password').fill(values.password);
      await form.getByLabel('Delivery address (optional)').fill(values.address ?? '');
      await form.getByRole('button', { name: 'Create account' }).click();
      return form;
    },
    /** One of the app's sections, by the tab's name. */
    tab: (name: string) =>
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }),
    /** The part of the URL after #, such as /orders/<id>. */
    route: () => new URL(page.url()).hash.slice(1),
    payButton: () => page.getByRole('button', { name: /^Pay \S*\d/ }),
    prescriptionCard: (prescriber: string) =>
      page.getByTestId('prescription').filter({ hasText: prescriber }),
    orderCard: (orderId: string) => page.locator(`[data-testid=order][data-order-id="${orderId}"]`),
    /** Orders at the first nearby pharmacy that has everything (as the draft stands). */
    async orderAtFirstPharmacy(): Promise<string> {
      const placed = page.waitForResponse(
        (r) => r.request().postData()?.includes('PlaceOrder') === true,
      );
      await page.getByRole('button', { name: 'Order here', disabled: false }).first().click();
      const answer = (await (await placed).json()) as {
        data?: { placeOrder: { id: string } } | null;
        errors?: unknown[];
      };
      if (!answer.data) throw new Error(`placeOrder failed: ${JSON.stringify(answer.errors)}`);
      return answer.data.placeOrder.id;
    },
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
