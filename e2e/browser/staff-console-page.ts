import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { registerPatient } from '../helpers';
import { eventually, gql, orderOf, pay, place, type Staff } from '../ordering-support';
import type { Stack } from '../stack';
import { watchPage } from './chromium';
import { recordOrderEvents, startWebApp, type OrderEvent, type WebApp } from './web-app-page';

export interface ConsoleTab {
  page: Page;
  watched: ReturnType<typeof watchPage>;
  /** The orderStatusChanged events the tab received, recorded from before it opened. */
  orderEvents: OrderEvent[];
}

/**
 * The web app (built from its current source, with the seeded supergraph) for staff at a desk.
 * Each sign-in opens its own tab: the session lives in the tab's sessionStorage, so one test's
 * session never leaks into the next. (Tabs share one context: the bundled Chromium runs as a
 * single process, and closing a context takes the whole browser down with it.)
 */
export async function startStaffConsole() {
  const app: WebApp = await startWebApp();
  const desk: BrowserContext = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const tabs: ConsoleTab[] = [];
  return {
    env: app.env,
    tabs,
    /** Opens the app in a new tab and signs in through the login form. */
    async signIn(email: string, password: string, route = ''): Promise<ConsoleTab> {
      const page = await desk.newPage();
      const tab = {
        page,
        watched: watchPage(page, app.env.origin),
        orderEvents: recordOrderEvents(page),
      };
      tabs.push(tab);
      await page.goto(`${app.env.origin}/app/${route}`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('button', { name: 'Log out' }).waitFor();
      return tab;
    },
    stop: () => app.stop(),
  };
}

/** What staff do in the console, as steps the tests take. */
export function consoleSteps(page: Page) {
  return {
    tab: (name: string) =>
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }),
    order: (orderId: string) =>
      page.locator(`[data-testid=staff-order][data-order-id="${orderId}"]`),
    user: (name: string) => page.getByTestId('staff-user').filter({ hasText: name }),
    stockItem: (name: string) => page.getByRole('listitem', { name }),
  };
}

/** A paid order of a fresh patient at a demo pharmacy, for an over-the-counter medicine in stock. */
export async function paidOrder(stack: Stack, staff: Staff, pharmacyId: string) {
  const patient = await registerPatient(stack, `Olga Order ${randomUUID().slice(0, 6)}`);
  const { pharmacy } = await gql<{
    pharmacy: {
      stock: {
        quantityAvailable: number;
        medication: { id: string; requiresPrescription: boolean };
      }[];
    };
  }>(
    stack,
    staff.pharmacist,
    'query($id: ID!) { pharmacy(id: $id) { stock { quantityAvailable medication { id requiresPrescription } } } }',
    { id: pharmacyId },
  );
  const otc = pharmacy.stock.find(
    (s) => !s.medication.requiresPrescription && s.quantityAvailable > 0,
  );
  if (!otc) throw new Error('the demo pharmacy has no over-the-counter stock');
  const placed = await place(stack, patient, {
    pharmacyId,
    lines: [{ medicationId: otc.medication.id, quantity: 1 }],
  });
  expect(placed.body.errors).toBeUndefined();
  const orderId = placed.body.data!.placeOrder.id;
  const paid = await pay(stack, patient, orderId);
  expect(paid.body.data?.payOrder.status, JSON.stringify(paid.body.errors)).toBe('APPROVED');
  // The order becomes PAID through the payment's event, a moment after the charge.
  await eventually(
    () => orderOf(stack, patient, orderId),
    (order) => order?.status === 'PAID',
  );
  return { patient, orderId };
}
