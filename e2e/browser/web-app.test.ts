import { randomUUID } from 'node:crypto';
import { userIdOf } from '@pharmacy/demo';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, registerPatient, type Session } from '../helpers';
import { demoStaff, gql } from '../ordering-support';
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
// A new patient then signs up in the app, uploads a prescription, scans another, has the first
// verified by a pharmacist, orders, pays and follows the order while staff advance it from
// their sessions; cancels an unpaid order; and manages, then deletes, their account.
// The page may take a while to answer on a busy machine (tests run side by side).
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 100 } } });

let app: WebApp;
let env: BrowserStack;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let orderEvents: OrderEvent[];
let steps: ReturnType<typeof patientSteps>;
const shot = screenshots('web');
/** The patient who signs up in the app. */
const newPatient = {
  name: 'Paula Browser',
  email: `paula-${randomUUID()}@example.test`,
  password: 'a long test password',
  address: 'Torstraße 1, 10119 Berlin',
};

beforeAll(async () => {
  app = await startWebApp();
  ({ env, page } = app);
  watched = watchPage(page, env.origin);
  orderEvents = recordOrderEvents(page);
  steps = patientSteps(page);
});

afterAll(() => app?.stop());

afterEach(async (test) => {
  if (test.task.result?.state === 'fail') await shot(page, 'failed');
});

describe('signing in', () => {
  it('refuses a wrong password with a clear message', async () => {
    const someone = await registerPatient(env.stack, 'Wrong Password');
    await page.goto(`${env.origin}/app/`);
    await steps.logIn(someone.user.email, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Wrong email or password.');
    await shot(page, 'wrong-password');
  });

  it('says how long an account is locked after too many failed sign-ins', async () => {
    const email = `locked-${randomUUID()}@example.test`;
    // The limit is 10 failures per account in 15 minutes; the 11th attempt is refused.
    for (let i = 0; i < 10; i++)
      await env.stack.request(
        'mutation($e: String!) { login(email: $e, password: "wrong") { accessToken } }',
        { e: email },
      );
    await steps.logIn(email, 'still the wrong password');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/^Too many attempts\. Please try again in 1[45] minutes\.$/);
    await shot(page, 'rate-limited');
  });

  it('logs the demo patient in and shows their prescriptions', async () => {
    await steps.logIn('patient@demo.pharmacy', 'demo-password');
    const card = steps.prescriptionCard('Dr. Hanna Weber');
    await expect.poll(() => card.innerText()).toContain('Atorvastatin 20 mg tablets');
    expect(await card.innerText()).toMatch(/Verified[\s\S]*Amoxicillin 500 mg capsules/);
    expect(await card.innerText()).toMatch(/Issued \w+ \d+, 20\d\d|Issued \d+ \w+ 20\d\d/);
    await shot(page, 'prescriptions');
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('You have logged out.');
  });
});

describe('a new patient', () => {
  it('signs up in the app, told what is wrong with each field', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    expect(steps.route()).toBe('/signup');
    let form = await steps.signUp({ ...newPatient, password: 'password123' });
    const fieldError = (label: string) =>
      form
        .locator('.field', { has: page.getByLabel(label, { exact: true }) })
        .getByTestId('field-error');
    await expect.poll(() => fieldError('Password').innerText()).toBe('Password is too common.');
    expect(await form.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await shot(page, 'sign-up-weak-password');

    form = await steps.signUp({ ...newPatient, email: 'patient@demo.pharmacy' });
    await expect
      .poll(() => fieldError('Email').innerText())
      .toBe('An account with this email already exists. Log in instead.');
    expect(await fieldError('Password').count()).toBe(0);

    await steps.signUp(newPatient);
    await expect.poll(() => page.getByText('No prescriptions yet').count()).toBe(1);
    expect(await page.locator('.topbar .who').innerText()).toBe(newPatient.name);
    expect(steps.route()).toBe('/');
    await shot(page, 'signed-up');
  });

  it('uploads a prescription of prescription-only items, with a photo of it', async () => {
    await page.getByRole('button', { name: 'Add a prescription' }).click();
    const form = page.getByRole('form', { name: 'New prescription' });
    await form.getByLabel('Prescriber', { exact: true }).fill('Dr. Browser Test');
    await form.getByLabel('Prescriber licence number').fill('LANR-555000111');
    const medication = form.getByLabel('Prescription-only medication');
    // Over-the-counter medicines are found, but cannot be put on a prescription.
    await medication.fill('ibuprofen 400');
    const otc = form.getByRole('button', { name: /Ibuprofen 400 mg tablets/ });
    await expect.poll(() => otc.innerText()).toContain('over the counter: no prescription needed');
    expect(await otc.isDisabled()).toBe(true);
    await medication.fill('amoxicillin 500');
    await form.getByRole('button', { name: /Amoxicillin 500 mg capsules/ }).click();
    await form.getByLabel('Quantity').fill('2');
    await form.getByLabel(/Attach the prescription/).setInputFiles({
      name: 'prescription.png',
      mimeType: 'image/png',
      buffer: await renderPrescriptionPhoto(['Dr. Browser Test', 'Rx: Amoxicillin 500 mg x 2']),
    });
    await expect
      .poll(() => form.getByTestId('attached-document').innerText())
      .toContain('prescription.png');
    await shot(page, 'prescription-form');
    await form.getByRole('button', { name: 'Send prescription' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('sent');
    const card = steps.prescriptionCard('Dr. Browser Test');
    await expect.poll(() => card.innerText()).toContain('Waiting for review');
    expect(await card.innerText()).toContain('Sent to any pharmacy');
    // The document the API keeps, shown back to the patient.
    await expect.poll(() => card.getByTestId('prescription-document').count()).toBe(1);
    expect(await card.getByRole('img').count()).toBe(1);
    await shot(page, 'prescription-uploaded');
  });

  it('scans a photo into the form and sends it, with the photo, to a chosen pharmacy', async () => {
    await page.getByRole('button', { name: 'Add a prescription' }).click();
    const photo = await renderPrescriptionPhoto([
      'Dr. Hanna Weber',
      'License: LANR-123456789',
      'Rx: Atorvastatin 20 mg tablets qty 30 refills 2',
    ]);
    const form = page.getByRole('form', { name: 'New prescription' });
    await form.getByLabel('Scan a photo').setInputFiles({
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    await expect
      .poll(() => form.getByRole('status').innerText(), { timeout: 30_000 })
      .toMatch(/Found 1 medication/);
    expect(await form.getByLabel('Prescriber licence number').inputValue()).toBe('LANR-123456789');
    expect(await form.innerText()).toContain('Atorvastatin 20 mg tablets');
    expect(await form.getByLabel('Quantity').inputValue()).toBe('30');
    // The scanned photo goes with the upload as its document.
    expect(await form.getByTestId('attached-document').innerText()).toContain('scan.png');
    const pharmacy = form.getByLabel('Pharmacy to review it');
    await expect.poll(() => pharmacy.locator('option').count()).toBeGreaterThan(1);
    const chosen = (await pharmacy.locator('option').nth(1).innerText()).split(',')[0]!;
    await pharmacy.selectOption({ index: 1 });
    await shot(page, 'scanned');
    await form.getByRole('button', { name: 'Send prescription' }).click();
    const card = steps.prescriptionCard('Dr. Hanna Weber');
    await expect.poll(() => card.innerText()).toContain(`Sent to ${chosen}`);
    await expect.poll(() => card.getByTestId('prescription-document').count()).toBe(1);
  });
});

describe('ordering', () => {
  let patient: Session;
  let orderId: string;

  it('shows prices and a total before a pharmacy is chosen, then nearby pharmacies', async () => {
    patient = await login(env.stack, newPatient.email, newPatient.password);
    const { me } = await gql<{ me: { prescriptions: { id: string; prescriberName: string }[] } }>(
      env.stack,
      patient,
      '{ me { prescriptions { id prescriberName } } }',
    );
    await gql(
      env.stack,
      await login(env.stack, 'pharmacist@demo.pharmacy'),
      'mutation($id: ID!) { verifyPrescription(id: $id) { status } }',
      { id: me.prescriptions.find((p) => p.prescriberName === 'Dr. Browser Test')!.id },
    );
    await page.reload();
    const card = steps.prescriptionCard('Dr. Browser Test');
    await expect.poll(() => card.innerText()).toContain('Verified');
    await card.getByRole('button', { name: 'Order from this prescription' }).click();
    await page.getByRole('heading', { name: 'Your medicines' }).waitFor();
    expect(steps.route()).toBe('/order');
    const line = page.getByTestId('draft-line');
    expect(await line.innerText()).toMatch(/Amoxicillin 500 mg capsules[\s\S]*€\d+\.\d\d each/);
    expect(await page.getByTestId('draft-total').innerText()).toMatch(/^€\d+\.\d\d$/);
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

  it('orders onto the order page, pays (declined, then approved), and a reload stays there', async () => {
    const estimate = await page.getByTestId('draft-total').innerText();
    expect(await page.getByLabel('Deliver to').inputValue()).toBe(newPatient.address);
    orderId = await steps.orderAtFirstPharmacy();
    await expect.poll(() => steps.route()).toBe(`/orders/${orderId}`);
    await expect.poll(() => page.getByTestId('order-total').innerText()).toBe(estimate);
    expect(await page.getByTestId('payment-due').innerText()).toMatch(/until .*20\d\d/);

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

    await page.reload();
    expect(steps.route()).toBe(`/orders/${orderId}`);
    await expect.poll(() => status.getAttribute('data-status')).toBe('PAID');
    expect(await page.getByTestId('order-line').innerText()).toContain(
      '2 × Amoxicillin 500 mg capsules',
    );
    await expect.poll(() => page.locator('.live').innerText()).toBe('Live');
  });

  it('follows the order live to DELIVERED while staff advance it', async () => {
    const status = page.getByTestId('order-status');
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
    expect(await steps.orderCard(orderId).innerText()).toContain('Delivered');
    expect(await page.locator('.live').innerText()).toBe('Live');
    await shot(page, 'delivered');
  });

  it('lists each order once with its lines, and Back returns to the order', async () => {
    await steps.tab('My orders').click();
    await expect.poll(() => steps.route()).toBe('/orders');
    await expect.poll(() => page.getByTestId('order').count()).toBe(1);
    const listed = steps.orderCard(orderId);
    expect(await listed.innerText()).toMatch(
      /Delivered[\s\S]*2 × Amoxicillin 500 mg capsules[\s\S]*Total/,
    );
    await shot(page, 'orders');
    await page.goBack();
    await expect.poll(() => steps.route()).toBe(`/orders/${orderId}`);
    await expect
      .poll(() => page.getByTestId('order-status').getAttribute('data-status'))
      .toBe('DELIVERED');
    await page.goBack();
    await expect.poll(() => steps.route()).toBe('/order');
    await page.getByRole('heading', { name: 'Your medicines' }).waitFor();
  });

  it('cancels an unpaid order, told that it would expire and release its stock', async () => {
    await page.getByLabel('Add an over-the-counter medicine').fill('paracetamol 500');
    await page.getByRole('button', { name: /Paracetamol 500 mg tablets/ }).click();
    await expect.poll(() => page.getByTestId('draft-total').count()).toBe(1);
    await expect.poll(() => page.getByTestId('pharmacy').count()).toBeGreaterThan(0);
    const unpaid = await steps.orderAtFirstPharmacy();
    await expect.poll(() => steps.route()).toBe(`/orders/${unpaid}`);
    expect(await page.getByTestId('payment-due').innerText()).toMatch(
      /holds your medicines until .*20\d\d.*not paid by then, it is cancelled and they go back on the shelf/,
    );
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await shot(page, 'cancel-confirm');
    await page.getByRole('button', { name: 'Yes, cancel the order' }).click();
    const status = page.getByTestId('order-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('CANCELLED');
    expect(await steps.orderCard(unpaid).innerText()).toContain('went back into stock');
    expect(await page.getByRole('button', { name: /^Pay / }).count()).toBe(0);
    await shot(page, 'cancelled');
  });
});

describe('the account', () => {
  const newPassword = 'another long test password';

  it('updates the contact details and the password', async () => {
    await steps.tab('Account').click();
    await expect.poll(() => steps.route()).toBe('/account');
    const details = page.getByRole('form', { name: 'Your details' });
    expect(await details.getByLabel('Name').inputValue()).toBe(newPatient.name);
    await details.getByLabel('Phone').fill('+49 30 1234567');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => details.getByRole('status').innerText())
      .toBe('Your details are saved.');

    const password = page.getByRole('form', { name: 'Change password' });
    await password.getByLabel('Current password').fill('not my password');
    await password.getByLabel('New password').fill(newPassword);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect
      .poll(() => password.getByTestId('field-error').innerText())
      .toBe('The password is not correct.');
    await password.getByLabel('Current password').fill(newPatient.password);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => password.getByRole('status').innerText()).toMatch(/^Password changed/);
    await shot(page, 'account');
    // This session stays signed in (only the others end), and the details were kept.
    await page.reload();
    const reloaded = page.getByRole('form', { name: 'Your details' });
    await expect.poll(() => reloaded.count()).toBe(1);
    expect(await reloaded.getByLabel('Phone').inputValue()).toBe('+49 30 1234567');
  });

  it('opens a deep link after signing in, then deletes the account and signs out', async () => {
    // A new tab's state: no session, a link straight to the account.
    await page.goto(`${env.origin}/app/#/account`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await steps.logIn(newPatient.email, newPassword);
    await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const form = page.getByRole('form', { name: 'Delete account' });
    await form.getByLabel('Your password').fill(newPatient.password);
    await form.getByRole('button', { name: 'Delete my account for good' }).click();
    await expect
      .poll(() => form.getByTestId('field-error').innerText())
      .toBe('The password is not correct.');
    await form.getByLabel('Your password').fill(newPassword);
    await shot(page, 'delete-account');
    await form.getByRole('button', { name: 'Delete my account for good' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('Your account has been deleted.');
    await steps.logIn(newPatient.email, newPassword);
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Wrong email or password.');
  });
});

describe('throughout', () => {
  it('loaded nothing from any other origin and threw no errors', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
  });
});
