import { userIdOf } from '@pharmacy/demo';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, registerPatient, type Session } from '../helpers';
import { demoStaff, gql } from '../ordering-support';
import type { GraphQLBody } from '../stack';
import { screenshots, watchPage } from './chromium';
import type { BrowserStack } from './harness';
import { renderPrescriptionPhoto } from './web-app-build';
import {
  patientSteps,
  recordOrderEvents,
  startWebApp,
  type OrderEvent,
  type WebApp,
} from './web-app-page';

// The patient web app on a phone-sized screen. The demo patient signs in and sees their
// prescriptions (read only: other tests rely on the demo data, and share it on PostgreSQL).
// A new patient then uploads a prescription, scans another, has the first verified by a
// pharmacist, orders, pays and follows the order while staff advance it from their sessions.
// The page may take a while to answer on a busy machine (tests run side by side).
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });

let app: WebApp;
let env: BrowserStack;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let orderEvents: OrderEvent[];
let patient: Session;
let steps: ReturnType<typeof patientSteps>;
const shot = screenshots('web');

beforeAll(async () => {
  app = await startWebApp();
  ({ env, page } = app);
  patient = await registerPatient(env.stack, 'Paula Browser');
  watched = watchPage(page, env.origin);
  orderEvents = recordOrderEvents(page);
  steps = patientSteps(page);
});

afterAll(() => app?.stop());

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await shot(page, 'failed');
});

describe('the patient web app', () => {
  it('refuses a wrong password with a clear message', async () => {
    await page.goto(`${env.origin}/app/`);
    await steps.logIn(patient.user.email, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Wrong email or password.');
    await shot(page, 'wrong-password');
  });

  it('logs the demo patient in and shows their prescriptions', async () => {
    await steps.logIn('patient@demo.pharmacy', 'demo-password');
    const card = steps.prescriptionCard('Dr. Hanna Weber');
    await expect.poll(() => card.innerText()).toContain('Atorvastatin 20 mg tablets');
    expect(await card.innerText()).toMatch(/Verified[\s\S]*Amoxicillin 500 mg capsules/);
    await shot(page, 'prescriptions');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('You have logged out.');
  });

  it('uploads a prescription with items', async () => {
    await steps.logIn(patient.user.email, 'a long test password');
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
      .poll(() => steps.prescriptionCard('Dr. Browser Test').innerText())
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
    const { me } = await gql<{ me: { prescriptions: { id: string }[] } }>(
      env.stack,
      patient,
      '{ me { prescriptions { id } } }',
    );
    await gql(
      env.stack,
      await login(env.stack, 'pharmacist@demo.pharmacy'),
      'mutation($id: ID!) { verifyPrescription(id: $id) { status } }',
      { id: me.prescriptions[0]!.id },
    );
    await page.reload();
    const card = steps.prescriptionCard('Dr. Browser Test');
    await expect.poll(() => card.innerText()).toContain('Verified');
    await card.getByRole('button', { name: 'Order from this prescription' }).click();
    await page.getByRole('heading', { name: 'Your medicines' }).waitFor();
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

  it('orders, pays (declined, then approved) and follows the order live to DELIVERED', async () => {
    await page.getByLabel('Deliver to').fill('Torstraße 1, 10119 Berlin');
    const placed = page.waitForResponse(
      (r) => r.request().postData()?.includes('PlaceOrder') === true,
    );
    await page.getByRole('button', { name: 'Order here', disabled: false }).first().click();
    const answer = (await (await placed).json()) as GraphQLBody<{ placeOrder: { id: string } }>;
    expect(answer.errors).toBeUndefined();
    const orderId = answer.data!.placeOrder.id;

    await page.getByLabel(/declined/).check();
    await steps.payButton().click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Payment declined');
    await shot(page, 'card-declined');
    await page.getByLabel(/approved/).check();
    await steps.payButton().click();
    const status = page.getByTestId('order-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('PAID');
    await expect.poll(() => page.locator('.live').innerText()).toBe('Live');
    await shot(page, 'paid');

    // Staff advance the order from their own sessions; each change reaches the page as an event.
    const staff = await demoStaff(env.stack);
    const advance = async (who: Session, to: string) => {
      await gql(
        env.stack,
        who,
        'mutation($id: ID!, $to: OrderStatus!) { updateOrderStatus(id: $id, status: $to) { status } }',
        { id: orderId, to },
      );
      await expect
        .poll(() => orderEvents, { timeout: 15_000 })
        .toContainEqual({ id: orderId, status: to });
      await expect.poll(() => status.getAttribute('data-status')).toBe(to);
    };
    await advance(staff.pharmacist, 'PREPARING');
    await shot(page, 'preparing');
    await gql(
      env.stack,
      staff.pharmacist,
      'mutation($id: ID!, $courier: ID!) { assignCourier(orderId: $id, courierId: $courier) { id } }',
      { id: orderId, courier: userIdOf('courier') },
    );
    await advance(staff.courier, 'OUT_FOR_DELIVERY');
    await advance(staff.courier, 'DELIVERED');
    expect(await page.getByTestId('order').first().innerText()).toContain('Delivered');
    expect(await page.locator('.live').innerText()).toBe('Live');
    await shot(page, 'delivered');
  });

  it('loaded nothing from any other origin and threw no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
});
