import type { Browser, Page, WebSocket } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPatient } from '../helpers';
import { payOrder, placeOtcOrder, probeCapabilities, type Capabilities } from './capabilities';
import { launchChromium, screenshots, watchPage } from './chromium';
import { startBrowserStack, type BrowserStack } from './harness';

// The GraphQL IDE as a developer meets it: open the page, sign in, paste the token, run the
// headline query, browse the docs and the history; then watch an order over graphql-ws.
// The page may take a while to answer on a busy machine (tests run side by side).
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });

let env: BrowserStack;
let browser: Browser;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let capabilities: Capabilities;
const shot = screenshots('ide');

beforeAll(async () => {
  [env, browser] = await Promise.all([startBrowserStack({ ide: true }), launchChromium()]);
  // A new patient: orders change data, and other tests rely on the demo patient's.
  capabilities = await probeCapabilities(env.stack, (await registerPatient(env.stack)).accessToken);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  watched = watchPage(page, env.origin);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await shot(page, 'failed');
});

const graphqlResponse = (operationName: string) =>
  page.waitForResponse(
    (r) =>
      r.url() === `${env.origin}/graphql` &&
      new RegExp(`(query|mutation) ${operationName}\\b`).test(r.request().postData() ?? ''),
  );

/** Opens an example tab and waits until its operation is in the editor (Run would use it). */
async function openTab(name: string) {
  await page.getByRole('tab', { name }).click();
  await expect
    .poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected'))
    .toBe('true');
  await expect
    .poll(async () => noBreak(await page.locator('.graphiql-query-editor').innerText()))
    .toMatch(new RegExp(`(query|mutation|subscription) ${name}\\b`));
}

/** Replaces the content of one of the editor tools (Variables or Headers). */
async function setEditorTool(tool: 'Variables' | 'Headers', text: string) {
  await page.locator('.graphiql-editor-tools button', { hasText: tool }).click();
  const uri = tool === 'Headers' ? 'request-headers.json' : 'variables.json';
  await page.locator(`.monaco-editor[data-uri$="-${uri}"]`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText types no key strokes, so the editor adds no closing brackets or quotes.
  await page.keyboard.insertText(text);
}

// Monaco draws spaces as no-break spaces.
const noBreak = (text: string) => text.replace(/\u00a0/g, ' ');
const resultText = async () =>
  noBreak(await page.locator('section[aria-label="Result Window"]').innerText());

describe('the GraphQL IDE', () => {
  it('loads from the gateway alone, with the schema and the example tabs', async () => {
    const introspection = page.waitForResponse(
      (r) =>
        r.url() === `${env.origin}/graphql` &&
        r.request().postData()?.includes('__schema') === true,
    );
    const response = await page.goto(`${env.origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect((await introspection).status()).toBe(200);
    for (const tab of ['MyPharmacy', 'LogIn', 'FindPharmacies', 'WatchOrder'])
      await expect.poll(() => page.getByRole('tab', { name: tab }).count()).toBe(1);
    await shot(page, 'loaded');
  });

  it('signs in with the LogIn tab and runs the headline query with the pasted token', async () => {
    await openTab('LogIn');
    const loggedIn = graphqlResponse('LogIn');
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    const token = ((await (await loggedIn).json()) as { data: { login: { accessToken: string } } })
      .data.login.accessToken;
    await expect.poll(resultText).toContain('accessToken');
    await shot(page, 'logged-in');

    await openTab('MyPharmacy');
    await setEditorTool('Headers', `{ "Authorization": "Bearer ${token}" }`);
    await shot(page, 'token-pasted');
    const headline = graphqlResponse('MyPharmacy');
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    const { data, errors } = (await (await headline).json()) as {
      data: {
        me: { name: string; prescriptions: { items: { medication: { name: string } }[] }[] };
      };
      errors?: unknown[];
    };
    expect(errors).toBeUndefined();
    expect(data.me.name).toBe('Pat Patient');
    expect(data.me.prescriptions[0]?.items.map((i) => i.medication.name)).toContain(
      'Atorvastatin 20 mg tablets',
    );
    await expect.poll(resultText).toContain('Pat Patient');
    await shot(page, 'headline-result');
  });

  it('documents the schema and keeps a history', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page
      .locator('.graphiql-doc-explorer')
      .getByText('Query', { exact: true })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').innerText())
      .toContain('pharmaciesNearby');
    await shot(page, 'docs');
    await page.getByRole('button', { name: 'Show History' }).click();
    await expect
      .poll(() => page.locator('.graphiql-history').innerText())
      .toMatch(/MyPharmacy[\s\S]*LogIn|LogIn[\s\S]*MyPharmacy/);
    await shot(page, 'history');
  });

  it('subscribes over graphql-ws with the token from the headers', async (test) => {
    if (!capabilities.subscriptions) test.skip('needs graphql-ws on the gateway');
    const patient = await registerPatient(env.stack, 'Ida Subscriber');
    await openTab('WatchOrder');
    await setEditorTool('Headers', `{ "Authorization": "Bearer ${patient.accessToken}" }`);
    await setEditorTool('Variables', '{ "orderId": null }');
    const sent: { type: string; payload?: Record<string, unknown> }[] = [];
    const received: { type: string }[] = [];
    const opened = new Promise<WebSocket>((resolve) =>
      page.once('websocket', (socket) => {
        socket.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload))));
        socket.on('framereceived', (frame) => received.push(JSON.parse(String(frame.payload))));
        resolve(socket);
      }),
    );
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    // A tab with several operations asks which one to run.
    await page.getByRole('menuitem', { name: 'WatchOrder' }).click();
    expect((await opened).url()).toBe(`${env.origin.replace('http', 'ws')}/graphql`);
    await expect.poll(() => received.map((m) => m.type)).toContain('connection_ack');
    expect(sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: `Bearer ${patient.accessToken}` },
    });
    await expect.poll(() => sent.map((m) => m.type)).toContain('subscribe');
    await shot(page, 'subscribed');

    if (!capabilities.payments) return; // nothing can change an order's status yet
    const orderId = await placeOtcOrder(env.stack, patient.accessToken);
    expect(await payOrder(env.stack, patient.accessToken, orderId!, 'pm_card_visa')).toBe(
      'APPROVED',
    );
    await expect.poll(resultText, { timeout: 15_000 }).toContain('"PAID"');
    await shot(page, 'subscription-event');
  });

  it('loaded nothing from any other origin and threw no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
});
