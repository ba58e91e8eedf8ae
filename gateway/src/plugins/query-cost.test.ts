import { readFileSync } from 'node:fs';
import { buildSchema, NoFragmentCyclesRule, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCostRule } from './query-cost';

const schema = buildSchema(
  readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'),
);

/** The cost the rule gives a query (read from its refusal at a limit of zero). */
function costOf(document: string): number {
  const errors = validate(schema, parse(document), [queryCostRule({ maxCost: 0 })]);
  const match = /cost (\d+), limit 0/.exec(errors[0]?.message ?? '');
  return match ? Number(match[1]) : 0;
}

const refusals = (document: string) =>
  validate(schema, parse(document), [queryCostRule({ maxCost: 5_000 })]);

// The web app's order fields (clients/web/src/graphql/operations.ts).
const ORDER_FIELDS = `fragment OrderFields on Order {
  id status createdAt deliveryAddress
  pharmacy { id name address }
  lines { quantity medication { id name } lineTotal { amount currency } }
  total { amount currency }
  statusHistory { status at }
  payment { id status method failureReason }
}`;

describe('queryCostRule', () => {
  it('counts a connection page once: first sizes its nodes, which do not multiply again', () => {
    const page =
      '{ medications(first: 100) { nodes { id name requiresPrescription price { amount currency } } } }';
    // The connection, 100 medications, 100 prices; scalars come with their object.
    expect(costOf(page)).toBe(1 + 100 + 100);
    expect(refusals(page)).toEqual([]);
  });

  it('accepts the largest page of orders with every field the web app shows', () => {
    const page = `query { orders(first: 100) { nodes { ...OrderFields } hasNextPage } } ${ORDER_FIELDS}`;
    // 100 orders, each with a pharmacy, total and payment, ten lines and ten status changes.
    expect(costOf(page)).toBe(1 + 100 * 4 + 100 * 10 * 3 + 100 * 10);
    expect(refusals(page)).toEqual([]);
  });

  it('sizes a page by the default of first, and a variable first as the largest page', () => {
    expect(costOf('{ medications { nodes { id } } }')).toBe(1 + 20);
    expect(costOf('query($n: Int) { medications(first: $n) { nodes { id } } }')).toBe(1 + 100);
  });

  it('counts a list no first sizes as ten, so nested lists grow and are refused', () => {
    expect(costOf('{ pharmacies { stock { medication { id } } } }')).toBe(10 + 100 + 100);
    const nested =
      '{ medications(first: 100) { nodes { stock { pharmacy { stock { quantityAvailable } } } } } }';
    expect(costOf(nested)).toBe(1 + 100 + 1_000 + 1_000 + 10_000);
    expect(refusals(nested).map((e) => [e.message, e.extensions.code])).toEqual([
      ['Query is too expensive: cost 12101, limit 5000', 'BAD_USER_INPUT'],
    ]);
  });

  it('counts fragments as the fields they hold, inline or named, once per use', () => {
    const named = `{ medications(first: 100) { ...Page } }
      fragment Page on MedicationConnection { nodes { ...Price } }
      fragment Price on Medication { price { amount } }`;
    expect(costOf(named)).toBe(1 + 100 + 100);
    expect(
      costOf('{ medications(first: 100) { ... on MedicationConnection { nodes { id } } } }'),
    ).toBe(101);
  });

  it('counts each alias of a field as a field of its own', () => {
    const page = 'medications(first: 100) { nodes { price { amount } } }';
    expect(costOf(`{ a: ${page} b: ${page} }`)).toBe(2 * 201);
    const many = Array.from({ length: 25 }, (_, i) => `a${i}: ${page}`).join(' ');
    expect(refusals(`{ ${many} }`)[0]?.message).toBe(
      'Query is too expensive: cost 5025, limit 5000',
    );
  });

  it('ends on a fragment cycle (which another rule refuses)', () => {
    const cycle = parse(`{ me { ...A } } fragment A on User { orders { customer { ...A } } }`);
    const errors = validate(schema, cycle, [
      NoFragmentCyclesRule,
      queryCostRule({ maxCost: 5_000 }),
    ]);
    expect(errors.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});
