import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userIdOf } from '@pharmacy/demo';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, registerPatient, type Session } from '../helpers';
import { probeCapabilities, type Capabilities } from './capabilities';
import { launchChromium, screenshots, watchPage } from './chromium';
import { startBrowserStack, type BrowserStack } from './harness';
import { buildWebApp, renderPrescriptionPhoto } from './web-app-build';

// The patient web app on a phone-sized screen. The demo patient signs in and sees their
// prescriptions (read only: other tests rely on the demo data, and share it on PostgreSQL).
// A new patient then uploads a prescription, scans another, has the first verified by a
// pharmacist, orders, pays and follows the order while staff advance it from their sessions.
// The page may take a while to answer on a busy machine (tests run side by side).
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });

let env: BrowserStack;
let browser: Browser;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let capabilities: Capabilities;
let patient: Session;
let outDir: string;
const shot = screenshots('web');

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pharmacy-web-'));
  [env, browser] = await Promise.all([
    buildWebApp(outDir).then(() => startBrowserStack({ webAppDir: outDir })),
    launchChromium(),
  ]);
  const prober = await registerPatient(env.stack, 'Probe Patient');
  capabilities = await probeCapabilities(env.stack, prober.accessToken);
  console.info('supergraph capabilities:', capabilities);
  patient = await registerPatient(env.stack, 'Paula Browser');
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    geolocation: { latitude: 52.5304, longitude: 13.4025 },
    permissions: ['geolocation'],
  });
  page = await context.newPage();
  watched = watchPage(page, env.origin);
});

afterAll(async () => {
  await browser?.close();
  await env?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await shot(page, 'failed');
});

const payButton = () => page.getByRole('button', { name: /^Pay \S*\d/ });
const prescriptionCard = (prescriber: string) =>
  page.getByTestId('prescription').filter({ hasText: prescriber });

async function logIn(email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

describe('the patient web app', () => {
  it('refuses a wrong password with a clear message', async () => {
    await page.goto(`${env.origin}/app/`);
    await logIn(patient.user.email, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Wrong email or password.');
    await shot(page, 'wrong-password');
  });

  it('logs the demo patient in and shows their prescriptions', async () => {
    await logIn('patient@demo.pharmacy', 'demo-password');
    const card = prescriptionCard('Dr. Hanna Weber');
    await expect.poll(() => card.innerText()).toContain('Atorvastatin 20 mg tablets');
    expect(await card.innerText()).toMatch(/Verified[\s\S]*Amoxicillin 500 mg capsules/);
    await shot(page, 'prescriptions');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('You have logged out.');
  });

  it('uploads a prescription with items', async () => {
    await logIn(patient.user.email, 'a long test password');
    await expect.poll(() => page.getByText('No prescriptions yet').count()).toBe(1);
    await page.getByRole('button', { name: 'Add a prescription' }).click();
    const form = page.getByRole('form', { name: 'New prescription' });
    await form.getByLabel('Prescriber', { exact: true }).fill('Dr. Browser Test');
    await form.getByLabel('Prescriber licence number').fill('LANR-555000111');
    await form.getByLabel('Medication').fill('amoxicillin 500');
    await form.getByRole('button', { name: /Amoxicillin 500 mg capsules/ }).click();
    await form.getByLabel('Quantity').fill('2');
    await shot(page, 'prescription-form');
    await form.getByRole('button', { name: 'Send prescription' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('sent');
    await expect
      .poll(() => prescriptionCard('Dr. Browser Test').innerText())
      .toContain('Waiting for review');
    await shot(page, 'prescription-uploaded');
  });

  it('scans a photo of a prescription into the form', async () => {
    await page.getByRole('button', { name: 'Add a prescription' }).click();
    const photo = await renderPrescriptionPhoto([
      'Dr. Hanna Weber',
      'License: LANR-123456789',
      'Rx: Atorvastatin 20 mg tablets qty 30 refills 2',
    ]);
    await page.locator('input[type=file]').setInputFiles({
      name: 'prescription.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    const form = page.getByRole('form', { name: 'New prescription' });
    await expect
      .poll(() => form.getByRole('status').innerText(), { timeout: 30_000 })
      .toMatch(/Found 1 medication/);
    expect(await form.getByLabel('Prescriber licence number').inputValue()).toBe('LANR-123456789');
    expect(await form.innerText()).toContain('Atorvastatin 20 mg tablets');
    expect(await form.getByLabel('Quantity').inputValue()).toBe('30');
    await shot(page, 'scanned');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('finds pharmacies that have the medicines once a pharmacist verified it', async () => {
    const mine = await env.stack.request<{ me: { prescriptions: { id: string }[] } }>(
      '{ me { prescriptions { id } } }',
      {},
      patient.accessToken,
    );
    const pharmacist = await login(env.stack, 'pharmacist@demo.pharmacy');
    const verified = await env.stack.request(
      'mutation($id: ID!) { verifyPrescription(id: $id) { status } }',
      { id: mine.body.data!.me.prescriptions[0]!.id },
      pharmacist.accessToken,
    );
    expect(verified.body.errors).toBeUndefined();
    await page.reload();
    const card = prescriptionCard('Dr. Browser Test');
    await expect.poll(() => card.innerText()).toContain('Verified');
    await card.getByRole('button', { name: 'Order from this prescription' }).click();
    expect(await page.getByRole('heading', { name: 'Your medicines' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: /near/ }).innerText())
      .toBe('Pharmacies near your location');
    await expect.poll(() => page.getByTestId('pharmacy').count()).toBeGreaterThan(0);
    const first = await page.getByTestId('pharmacy').first().innerText();
    expect(first).toMatch(/\d+\.\d km/);
    expect(first).toMatch(/Has everything in stock|Not enough/);
    await shot(page, 'pharmacies');
  });

  it('orders, pays (declined, then approved) and follows the order to DELIVERED', async (test) => {
    if (!capabilities.ordering || !capabilities.payments)
      test.skip('needs placeOrder, payOrder and updateOrderStatus in the supergraph');
    await page.getByLabel('Deliver to').fill('Torstraße 1, 10119 Berlin');
    const placed = page.waitForResponse(
      (r) => r.request().postData()?.includes('PlaceOrder') === true,
    );
    await page.getByRole('button', { name: 'Order here', disabled: false }).first().click();
    const orderId = ((await (await placed).json()) as { data: { placeOrder: { id: string } } }).data
      .placeOrder.id;

    await page.getByLabel(/declined/).check();
    await payButton().click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Payment declined');
    await shot(page, 'card-declined');
    await page.getByLabel(/approved/).check();
    await payButton().click();
    const status = page.getByTestId('order-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('PAID');
    if (capabilities.subscriptions)
      await expect.poll(() => page.locator('.live').innerText()).toBe('Live');
    await shot(page, 'paid');

    // Staff advance the order from their own sessions; the page follows.
    const pharmacist = await login(env.stack, 'pharmacist@demo.pharmacy');
    const courier = await login(env.stack, 'courier@demo.pharmacy');
    const advance = async (token: string, to: string) => {
      const { body } = await env.stack.request(
        'mutation($id: ID!, $to: OrderStatus!) { updateOrderStatus(id: $id, status: $to) { status } }',
        { id: orderId, to },
        token,
      );
      expect(body.errors).toBeUndefined();
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe(to);
    };
    await advance(pharmacist.accessToken, 'PREPARING');
    await shot(page, 'preparing');
    const assigned = await env.stack.request(
      'mutation($id: ID!, $courier: ID!) { assignCourier(orderId: $id, courierId: $courier) { id } }',
      { id: orderId, courier: userIdOf('courier') },
      pharmacist.accessToken,
    );
    expect(assigned.body.errors).toBeUndefined();
    await advance(courier.accessToken, 'OUT_FOR_DELIVERY');
    await advance(courier.accessToken, 'DELIVERED');
    expect(await page.getByTestId('order').first().innerText()).toContain('Delivered');
    await shot(page, 'delivered');
  });

  it('loaded nothing from any other origin and threw no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
});
