import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authorizationHeaders, exampleTabs } from './example-operations';

const schema = buildSchema(
  readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'),
);

describe('the IDE example tabs', () => {
  it.each(exampleTabs().map((tab, i) => [i, tab] as const))(
    'tab %i is valid against the public schema',
    (_, tab) => {
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
      if (tab.variables) expect(() => JSON.parse(tab.variables!)).not.toThrow();
    },
  );

  it('opens with the headline query, then login, order and pay, and the subscription', () => {
    const operations = exampleTabs().map((tab) =>
      parse(tab.query).definitions.map((d) => ('name' in d ? d.name?.value : undefined)),
    );
    expect(operations).toEqual([
      ['MyPharmacy'],
      ['LogIn'],
      ['FindPharmacies', 'PlaceOrder', 'PayOrder'],
      ['WatchOrder', 'AdvanceOrder', 'AssignCourier'],
    ]);
  });

  it('starts the headers editor with no header, only a hint where the token goes', () => {
    // GraphiQL reads the headers as JSON with comments.
    const withoutComments = authorizationHeaders.replace(/^\s*\/\/.*$/gm, '');
    expect(JSON.parse(withoutComments)).toEqual({});
  });
});
