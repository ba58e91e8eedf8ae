import { describe, expect, it } from 'vitest';
import { userCaller } from '@pharmacy/testing';
import { updateUserRole } from '../db/queries';
import { anonymous, callerOf, errorCodeOf, signUp, useUsers, type SignedUp } from './fixtures';

const users = useUsers({ limits: { registerPerAddress: 100 } });
const admin = userCaller('ADMIN');

const USERS = `query($search: String, $role: Role, $first: Int, $after: String) {
  users(search: $search, role: $role, first: $first, after: $after) {
    nodes { id name email role } endCursor hasNextPage
  }
}`;
type Page = {
  nodes: { id: string; name: string; email: string; role: string }[];
  endCursor: string | null;
  hasNextPage: boolean;
};
const list = async (variables: Record<string, unknown>, caller = admin) => {
  const result = await users().call<{ users: Page }>(caller, USERS, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.users;
};

/** Registers accounts whose names end in a word no other test uses, in this order. */
async function register(word: string, names: string[]): Promise<SignedUp[]> {
  const accounts: SignedUp[] = [];
  for (const name of names) accounts.push(await signUp(users(), `${name} ${word}`));
  return accounts;
}
const idsOf = (page: Page) => page.nodes.map((node) => node.id);

describe('users (admins)', () => {
  it('pages through the matching accounts oldest first', async () => {
    const word = `Page${crypto.randomUUID().slice(0, 8)}`;
    const ids = (await register(word, ['a', 'b', 'c', 'd', 'e'])).map((user) => user.userId);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: Page = await list({ search: word, first: 2, after });
      seen.push(...result.nodes.map((node) => node.id));
      expect(result.hasNextPage).toBe(page < 2);
      after = result.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  it('searches name or email, case-insensitive, with % and _ matching only themselves', async () => {
    const word = `Find${crypto.randomUUID().slice(0, 8)}`;
    const [plain, percent] = (await register(word, ['plain', '100%_sure'])).map((u) => u.userId);
    expect(idsOf(await list({ search: word.toUpperCase() }))).toEqual([plain, percent]);
    expect(idsOf(await list({ search: `%_SURE ${word}` }))).toEqual([percent]);
    expect(idsOf(await list({ search: `p_ain ${word}` }))).toEqual([]);
    expect(idsOf(await list({ search: `  ${word}  `, first: 1 }))).toEqual([plain]);
  });

  it('finds an account by its email', async () => {
    const [user] = await register(`Mail${crypto.randomUUID().slice(0, 8)}`, ['mail']);
    expect(idsOf(await list({ search: user!.email.toUpperCase() }))).toEqual([user!.userId]);
  });

  it('filters by role and leaves deleted accounts out', async () => {
    const word = `Role${crypto.randomUUID().slice(0, 8)}`;
    const [courier, patient, gone] = await register(word, ['courier', 'patient', 'gone']);
    await updateUserRole(users().runtime.db, { userId: courier!.userId, role: 'COURIER' });
    expect(idsOf(await list({ search: word, role: 'COURIER' }))).toEqual([courier!.userId]);

    const deleted = await users().call(
      callerOf(gone!),
      'mutation($p: String!) { deleteAccount(password: $p) }',
      { p: gone!.password },
    );
    expect(deleted.errors).toBeUndefined();
    expect(idsOf(await list({ search: word }))).toEqual([courier!.userId, patient!.userId]);
  });

  it('refuses anyone but admins, and a bad page', async () => {
    for (const caller of [userCaller('PHARMACIST'), userCaller('PATIENT')]) {
      expect(errorCodeOf(await users().call(caller, USERS, {}))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await users().call(anonymous, USERS, {}))).toBe('UNAUTHENTICATED');
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not a cursor' }]) {
      const result = await users().call(admin, USERS, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
