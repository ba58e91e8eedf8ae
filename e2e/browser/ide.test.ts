import { medicationIdOf, pharmacyIdOf } from '@pharmacy/demo';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPatient } from '../helpers';
import { pay, place } from '../ordering-support';
import { launchChromium, screenshots, watchPage } from './chromium';
import { startBrowserStack, type BrowserStack } from './harness';
import { ideSteps } from './ide-page';

// The GraphQL IDE as a developer meets it: open the page, sign in, paste the token, run the
// headline query, browse the docs and the history; then watch an order over graphql-ws.
// The page may take a while to answer on a busy machine (tests run side by side).
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });

let env: BrowserStack;
let browser: Browser;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let ide: ReturnType<typeof ideSteps>;
const shot = screenshots('ide');

beforeAll(async () => {
  [env, browser] = await Promise.all([startBrowserStack({ ide: true }), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  watched = watchPage(page, env.origin);
  ide = ideSteps(page, env.origin);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await shot(page, 'failed');
});

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
    await ide.openTab('LogIn');
    const loggedIn = ide.graphqlResponse('LogIn');
    await ide.run();
    const token = ((await (await loggedIn).json()) as { data: { login: { accessToken: string } } })
      .data.login.accessToken;
    await expect.poll(ide.resultText).toContain('accessToken');
    await shot(page, 'logged-in');

    await ide.openTab('MyPharmacy');
    await ide.setEditorTool('Headers', `{ "Authorization": "Bearer ${token}" }`);
    await shot(page, 'token-pasted');
    const headline = ide.graphqlResponse('MyPharmacy');
    await ide.run();
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
    await expect.poll(ide.resultText).toContain('Pat Patient');
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

  it('subscribes over graphql-ws with the token from the headers and shows the events', async () => {
    const patient = await registerPatient(env.stack, 'Ida Subscriber');
    await ide.openTab('WatchOrder');
    await ide.setEditorTool('Headers', `{ "Authorization": "Bearer ${patient.accessToken}" }`);
    await ide.setEditorTool('Variables', '{ "orderId": null }');
    const { opened, sent, received } = ide.nextSocket();
    await ide.run();
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

    // Paying is what turns an order PAID; the event must reach the IDE over the socket.
    const placed = await place(env.stack, patient, {
      pharmacyId: pharmacyIdOf('mitte'),
      lines: [{ medicationId: medicationIdOf('ibuprofen-400mg-tablet'), quantity: 1 }],
    });
    expect(placed.body.errors).toBeUndefined();
    const orderId = placed.body.data!.placeOrder.id;
    const paid = await pay(env.stack, patient, orderId);
    expect(paid.body.errors).toBeUndefined();
    expect(paid.body.data!.payOrder.status).toBe('APPROVED');
    const events = () => received.map((m) => m.payload?.data?.orderStatusChanged);
    await expect
      .poll(events, { timeout: 15_000 })
      .toContainEqual(expect.objectContaining({ id: orderId, status: 'PAID' }));
    // The event carries fields of other subgraphs: the gateway ran the rest of the plan.
    await expect.poll(ide.resultText).toMatch(/"PAID"[\s\S]*Ida Subscriber/);
    await shot(page, 'subscription-event');
  });

  it('loaded nothing from any other origin and threw no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
});
