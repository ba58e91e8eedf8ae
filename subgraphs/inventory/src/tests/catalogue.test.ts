import { expect, it } from 'vitest';
import {
  anonymous,
  errorCodeOf,
  insertMedication,
  service,
  uniqueWord,
  user,
  useInventory,
} from './fixtures';

const SEARCH = `query($search: String, $first: Int, $after: String) {
  medications(search: $search, first: $first, after: $after) { nodes { id name } endCursor hasNextPage }
}`;
interface Page {
  medications: {
    nodes: { id: string; name: string }[];
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

const inventory = useInventory();

/** Five medications sharing a made-up word, one of them deleted. */
async function catalogue() {
  const { db } = inventory();
  const word = uniqueWord();
  const Word = word[0]!.toUpperCase() + word.slice(1);
  const byName = await insertMedication(db, { name: `${Word}cillin 250 mg capsules` });
  const inside = await insertMedication(db, { name: `Extra ${word}pril 5 mg tablets` });
  const byGeneric = await insertMedication(db, {
    name: 'Plain 20 mg tablets',
    genericName: `${Word}zole`,
  });
  const underscore = await insertMedication(db, { name: `${word}_x 1 mg tablets` });
  await insertMedication(db, { name: `${word} withdrawn`, deletedAt: new Date() });
  return { word, Word, byName, inside, byGeneric, underscore };
}
const search = (search: string, first?: number, after?: string | null) =>
  inventory().subgraph.call<Page>(anonymous, SEARCH, { search, first, after });
const names = (result: { data?: Page | null }) =>
  result.data?.medications.nodes.map((n) => n.name).sort();

it('matches a prefix of the name or generic name, ignoring case, never a deleted one', async () => {
  const { word, byName, byGeneric, underscore } = await catalogue();
  const result = await search(word.toUpperCase());
  expect(result.errors).toBeUndefined();
  // "Extra <word>pril" has the word inside, not as a prefix, and matches too (substring).
  expect(result.data?.medications.nodes).toHaveLength(4);
  expect(names(await search(`${word.toUpperCase()}CIL`))).toEqual([byName.name]);
  expect(names(await search(`${word}zO`))).toEqual([byGeneric.name]);
  expect(names(await search(`${word}_`))).toEqual([underscore.name]);
});

it('matches a substring, with LIKE wildcards taken literally', async () => {
  const { word, inside } = await catalogue();
  expect(names(await search(`${word.slice(3)}PRIL 5`))).toEqual([inside.name]);
  expect(names(await search(`${word}%pril`))).toEqual([]);
  expect(names(await search(`${word.slice(0, 4)}_${word.slice(5)}`))).toEqual([]);
});

it('pages newest first with cursors until hasNextPage is false', async () => {
  const { word, byName, inside, byGeneric, underscore } = await catalogue();
  const expected = [underscore, byGeneric, inside, byName].map((m) => m.id);
  const first = await search(word, 3);
  expect(first.data?.medications.nodes.map((n) => n.id)).toEqual(expected.slice(0, 3));
  expect(first.data?.medications.hasNextPage).toBe(true);
  const second = await search(word, 3, first.data?.medications.endCursor);
  expect(second.data?.medications.nodes.map((n) => n.id)).toEqual(expected.slice(3));
  expect(second.data?.medications.hasNextPage).toBe(false);
  const exact = await search(word, 4);
  expect(exact.data?.medications.hasNextPage).toBe(false);
});

it('refuses a page size outside 1..100 and a malformed cursor', async () => {
  expect(errorCodeOf(await search('a', 0))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await search('a', 101))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await search('a', 10, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
});

it('still resolves a deleted medication by id and as an entity', async () => {
  const { db, subgraph } = inventory();
  const medication = await insertMedication(db);
  const pharmacist = user('PHARMACIST');
  const deleted = await subgraph.call(
    pharmacist,
    `mutation($id: ID!) { deleteMedication(id: $id) }`,
    { id: medication.id },
  );
  expect(deleted.data).toEqual({ deleteMedication: true });
  expect(names(await search(medication.name))).toEqual([]);
  const byId = await subgraph.call(anonymous, `query($id: ID!) { medication(id: $id) { name } }`, {
    id: medication.id,
  });
  expect(byId.data).toEqual({ medication: { name: medication.name } });
  const entities = await subgraph.call(
    service,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Medication { id name price { amount currency } } } }`,
    {
      r: [
        { __typename: 'Medication', id: medication.id },
        { __typename: 'Medication', id: 'nope' },
      ],
    },
  );
  expect(entities.errors).toBeUndefined();
  expect(entities.data).toEqual({
    _entities: [
      { id: medication.id, name: medication.name, price: { amount: 499, currency: 'EUR' } },
      null,
    ],
  });
});
