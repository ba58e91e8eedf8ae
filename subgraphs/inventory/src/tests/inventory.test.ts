import { describe } from 'vitest';
import { useInventory } from './harness';
import { accessSuite } from './access.suite';
import { catalogueSuite } from './catalogue.suite';
import { nearbySuite } from './nearby.suite';
import { queryCountSuite } from './query-count.suite';
import { reservationRaceSuite } from './reservation-race.suite';
import { reservationSuite } from './reservation.suite';
import { stockSuite } from './stock.suite';

// One subgraph for all suites: it starts once, and every suite still makes its own rows.
describe('inventory subgraph', () => {
  const inventory = useInventory();
  describe('catalogue', () => catalogueSuite(inventory));
  describe('pharmacies nearby', () => nearbySuite(inventory));
  describe('access', () => accessSuite(inventory));
  describe('stock', () => stockSuite(inventory));
  describe('reservations', () => reservationSuite(inventory));
  describe('reservations under concurrency', () => reservationRaceSuite(inventory));
  describe('statements per request', () => queryCountSuite(inventory));
});
