import { randomUUID } from 'node:crypto';
import { demoPharmacies, medicationIdOf, pharmacyIdOf, userIdOf } from '@pharmacy/demo';
import { renderPrescription } from '@pharmacy/prescriptions/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPatient, userWithRole, type Session } from '../helpers';
import { demoStaff, gql, orderOf, setStatus, type Staff } from '../ordering-support';
import { screenshots } from './chromium';
import { consoleSteps, paidOrder, startStaffConsole, type ConsoleTab } from './staff-console-page';

// The staff console at a desk: a pharmacist reviews a prescription beside its document, takes
// an order on to a courier and keeps stock; a courier delivers; an admin adds a pharmacy and
// makes a new user its pharmacist. Each test signs in in its own browser context and makes its
// own data; demo users and pharmacies are only read, or given fresh orders.
vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });

let app: Awaited<ReturnType<typeof startStaffConsole>>;
let staff: Staff;
let tab: ConsoleTab | null = null;
const shot = screenshots('staff');
const mitte = pharmacyIdOf(demoPharmacies[0]!.key);
const tag = () => randomUUID().slice(0, 6);

beforeAll(async () => {
  app = await startStaffConsole();
  staff = await demoStaff(app.env.stack);
});

afterAll(() => app?.stop());

afterEach(async (test) => {
  if (tab && test.task.result?.state === 'fail') await shot(tab.page, 'failed');
  await tab?.page.close();
  tab = null;
});

describe('the staff console', () => {
  it('shows a pharmacist the prescription document beside the items, and verifies it', async () => {
    const { stack } = app.env;
    const name = `Rita Review ${tag()}`;
    const patient = await registerPatient(stack, name);
    const png = await renderPrescription(['Dr. Vera Visible', 'Rx: Amoxicillin 500 mg capsules']);
    const { uploadPrescription } = await gql<{ uploadPrescription: { id: string } }>(
      stack,
      patient,
      'mutation($input: PrescriptionInput!) { uploadPrescription(input: $input) { id } }',
      {
        input: {
          prescriberName: 'Dr. Vera Visible',
          prescriberLicense: 'LANR-424242',
          issuedAt: new Date(Date.now() - 86_400_000).toISOString(),
          pharmacyId: mitte,
          documentBase64: png.toString('base64'),
          items: [{ medicationId: medicationIdOf('amoxicillin-500mg-capsule'), quantity: 1 }],
        },
      },
    );

    tab = await app.signIn('pharmacist@demo.pharmacy', 'demo-password');
    const { page } = tab;
    await expect.poll(() => page.url()).toMatch(/#\/review$/);
    expect(await page.getByTestId('staff-who').innerText()).toMatch(/Phil Pharmacist\s+Pharmacist/);
    await page.getByTestId('review-item').filter({ hasText: name }).click();
    await expect.poll(() => page.url()).toContain(`#/review/${uploadPrescription.id}`);
    const image = page.getByRole('img', { name: 'Prescription document' });
    await expect.poll(() => image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // Decoded, not just linked: the browser knows the rendered scan's width.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1400);
    const review = page.getByLabel('Prescription under review');
    expect(await review.innerText()).toContain('Amoxicillin 500 mg capsules');
    expect(await review.innerText()).toContain('sent to Apotheke am Rosenthaler Platz');
    await shot(page, 'review-document');

    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('prescription-status').innerText()).toBe('Verified');
    await expect
      .poll(() => page.getByTestId('review-item').filter({ hasText: name }).count())
      .toBe(0);
    await shot(page, 'review-verified');
    const { prescription } = await gql<{ prescription: { status: string } }>(
      stack,
      patient,
      'query($id: ID!) { prescription(id: $id) { status } }',
      { id: uploadPrescription.id },
    );
    expect(prescription.status).toBe('VERIFIED');

    // The route holds the prescription through a reload, and Back returns to the queue.
    await page.reload();
    await expect.poll(() => page.getByTestId('prescription-status').innerText()).toBe('Verified');
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/#\/review$/);
  });

  it('shows a pharmacist a new paid order live, to prepare and give to a courier', async () => {
    const { stack } = app.env;
    tab = await app.signIn('pharmacist@demo.pharmacy', 'demo-password', `#/orders/${mitte}`);
    const { page, orderEvents } = tab;
    const steps = consoleSteps(page);
    await expect.poll(() => page.locator('.live').innerText()).toBe('Live');

    // Paid after the page opened: it arrives as an event on the page's subscription.
    const { orderId } = await paidOrder(stack, staff, mitte);
    await expect.poll(() => orderEvents).toContainEqual({ id: orderId, status: 'PAID' });
    const card = steps.order(orderId);
    await expect.poll(() => card.getAttribute('data-status')).toBe('PAID');
    await shot(page, 'orders-live');

    await card.getByRole('button', { name: 'Start preparing' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('PREPARING');
    await card.getByLabel('Courier').selectOption({ label: 'Cora Courier' });
    await card.getByRole('button', { name: 'Assign courier' }).click();
    await expect.poll(() => card.innerText()).toContain('Courier: Cora Courier');
    await shot(page, 'orders-courier');
    const order = await orderOf(stack, staff.pharmacist, orderId);
    expect(order).toMatchObject({ status: 'PREPARING', courier: { id: userIdOf('courier') } });
  });

  it('lets the courier mark an assigned order out for delivery, then delivered', async () => {
    const { stack } = app.env;
    const { orderId } = await paidOrder(stack, staff, mitte);
    await setStatus(stack, staff.pharmacist, orderId, 'PREPARING');
    await gql(
      stack,
      staff.pharmacist,
      'mutation($id: ID!, $courier: ID!) { assignCourier(orderId: $id, courierId: $courier) { id } }',
      { id: orderId, courier: userIdOf('courier') },
    );

    tab = await app.signIn('courier@demo.pharmacy', 'demo-password');
    const { page } = tab;
    const card = consoleSteps(page).order(orderId);
    await expect.poll(() => page.url()).toMatch(/#\/deliveries$/);
    await expect.poll(() => card.getAttribute('data-status')).toBe('PREPARING');
    expect(await card.innerText()).toContain('Deliver to Torstraße 1, Berlin');
    await shot(page, 'deliveries');
    await card.getByRole('button', { name: 'Mark out for delivery' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('OUT_FOR_DELIVERY');
    await card.getByRole('button', { name: 'Mark delivered' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('DELIVERED');
    await shot(page, 'delivered');
    expect(await statusOf(staff.courier, orderId)).toBe('DELIVERED');

    // A courier who follows a link to an admin's page is told plainly it is not theirs.
    await page.goto(`${app.env.origin}/app/#/users`);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('Only admins manage users, roles and staff.');
  });

  it('keeps the stock of the pharmacist’s own pharmacy, and refuses another’s stock and orders', async () => {
    const { stack } = app.env;
    const { addPharmacy } = await gql<{ addPharmacy: { id: string } }>(
      stack,
      staff.admin,
      'mutation($input: PharmacyInput!) { addPharmacy(input: $input) { id } }',
      {
        input: {
          name: `Stock Apotheke ${tag()}`,
          address: 'Teststraße 2',
          latitude: 52.5,
          longitude: 13.4,
        },
      },
    );
    const pharmacist = await userWithRole(stack, 'PHARMACIST');
    await gql(
      stack,
      staff.admin,
      'mutation($u: ID!, $p: ID!) { assignStaff(userId: $u, pharmacyId: $p) { id } }',
      { u: pharmacist.user.id, p: addPharmacy.id },
    );

    tab = await app.signIn(pharmacist.user.email, 'a long test password', '#/stock');
    const { page } = tab;
    await expect.poll(() => page.url()).toContain(`#/stock/${addPharmacy.id}`);
    await expect.poll(() => page.getByText('This pharmacy has no stock yet.').count()).toBe(1);
    const add = page.getByRole('form', { name: 'Stock a medication' });
    await add.getByLabel('Medication').fill('ibuprofen 200');
    await add.getByRole('button', { name: 'Ibuprofen 200 mg tablets' }).click();
    await add.getByLabel('Counted on hand').fill('12');
    await add.getByRole('button', { name: 'Set stock' }).click();
    const row = consoleSteps(page).stockItem('Ibuprofen 200 mg tablets');
    await expect.poll(() => row.getByTestId('stock-available').innerText()).toBe('12 available');
    await row.getByLabel('Counted on hand').fill('7');
    await row.getByRole('button', { name: 'Set stock' }).click();
    await expect.poll(() => row.getByTestId('stock-available').innerText()).toBe('7 available');
    await expect.poll(() => row.getByLabel('Recent changes').innerText()).toMatch(/^-5 .*\n\+12 /);
    await shot(page, 'stock');

    await page.goto(`${app.env.origin}/app/#/stock/${mitte}`);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toBe('You may see and set only the stock of the pharmacies you work for.');
    await shot(page, 'stock-forbidden');
    // The orders list of that pharmacy: the API answers FORBIDDEN, and the screen says why.
    await page.goto(`${app.env.origin}/app/#/orders/${mitte}`);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toBe('You may see only the orders of the pharmacies you work for.');
  });

  it('lets an admin add a pharmacy and make a new user its pharmacist', async () => {
    const { stack } = app.env;
    const person = `Sam Staff ${tag()}`;
    const pharmacyName = `Neue Apotheke ${tag()}`;
    const patient = await registerPatient(stack, person);

    tab = await app.signIn('admin@demo.pharmacy', 'demo-password');
    const { page } = tab;
    const steps = consoleSteps(page);
    await expect.poll(() => page.url()).toMatch(/#\/users$/);
    await steps.tab('Pharmacies').click();
    await page.getByRole('button', { name: 'Add a pharmacy' }).click();
    const form = page.getByRole('form', { name: 'New pharmacy' });
    await form.getByLabel('Name').fill(pharmacyName);
    await form.getByLabel('Address').fill('Chausseestraße 5, 10115 Berlin');
    await form.getByLabel('Latitude').fill('52.5291');
    await form.getByLabel('Longitude').fill('13.3842');
    await form.getByRole('button', { name: 'Add pharmacy' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toBe(`Added ${pharmacyName}.`);

    await steps.tab('Users').click();
    await page.getByLabel('Name or email').fill(patient.user.email);
    await page.getByRole('button', { name: 'Search' }).click();
    const card = steps.user(person);
    await expect.poll(() => card.getByTestId('user-role').innerText()).toBe('Patient');
    await card.getByLabel('Role').selectOption('PHARMACIST');
    await card.getByRole('button', { name: 'Change role' }).click();
    await expect.poll(() => card.getByTestId('user-role').innerText()).toBe('Pharmacist');
    await card.getByLabel('Assign to').selectOption({ label: pharmacyName });
    await card.getByRole('button', { name: 'Assign' }).click();
    const membership = card.getByRole('list', { name: `Pharmacies of ${person}` });
    await expect.poll(() => membership.innerText()).toContain(pharmacyName);
    await shot(page, 'staff-assigned');

    const { user } = await gql<{
      user: { role: string; pharmacies: { id: string; name: string }[] };
    }>(stack, staff.admin, 'query($id: ID!) { user(id: $id) { role pharmacies { id name } } }', {
      id: patient.user.id,
    });
    expect(user.role).toBe('PHARMACIST');
    expect(user.pharmacies.map((p) => p.name)).toEqual([pharmacyName]);

    // The pharmacy's own page lists its new pharmacist.
    await steps.tab('Pharmacies').click();
    await page
      .getByTestId('staff-pharmacy')
      .filter({ hasText: pharmacyName })
      .getByRole('link', { name: 'Staff' })
      .click();
    await expect.poll(() => page.getByLabel('Pharmacy staff').innerText()).toContain(person);
    await shot(page, 'pharmacy-staff');
  });

  it('loaded nothing from any other origin and threw no errors', () => {
    expect(app.tabs.flatMap((t) => t.watched.foreignRequests)).toEqual([]);
    expect(app.tabs.flatMap((t) => t.watched.pageErrors)).toEqual([]);
  });
});

/** An order's status as `who` sees it (a courier may not see its payment, so no more than that). */
async function statusOf(who: Session, orderId: string): Promise<string | undefined> {
  const { order } = await gql<{ order: { status: string } | null }>(
    app.env.stack,
    who,
    'query($id: ID!) { order(id: $id) { status } }',
    { id: orderId },
  );
  return order?.status;
}
