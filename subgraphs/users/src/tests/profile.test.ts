import { describe, expect, it } from 'vitest';
import { anonymous, callerOf, errorCodeOf, signUp, useUsers } from './fixtures';

const users = useUsers();

const UPDATE = `mutation($input: ProfileInput!) {
  updateProfile(input: $input) { id name phone address }
}`;
type Profile = { id: string; name: string; phone: string | null; address: string | null };
const ME = '{ me { id name phone address } }';

async function update(caller: Parameters<ReturnType<typeof users>['call']>[0], input: object) {
  return users().call<{ updateProfile: Profile }>(caller, UPDATE, { input });
}

describe('updateProfile', () => {
  it('changes only the fields given; an empty phone or address clears it', async () => {
    const user = await signUp(users());
    const me = callerOf(user);
    const set = await update(me, { phone: ' +49 30 555 ', address: 'Torstraße 1, Berlin' });
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateProfile).toEqual({
      id: user.userId,
      name: 'Test Patient',
      phone: '+49 30 555',
      address: 'Torstraße 1, Berlin',
    });

    const renamed = await update(me, { name: '  New Name ' });
    expect(renamed.data?.updateProfile).toMatchObject({ name: 'New Name', phone: '+49 30 555' });

    const cleared = await update(me, { phone: '', address: null });
    expect(cleared.data?.updateProfile).toMatchObject({
      name: 'New Name',
      phone: null,
      address: null,
    });

    const unchanged = await update(me, {});
    expect(unchanged.data?.updateProfile).toEqual(cleared.data?.updateProfile);
    expect((await users().call<{ me: Profile }>(me, ME)).data?.me).toEqual(
      cleared.data?.updateProfile,
    );
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, 'name'],
    ['a phone over 40 characters', { phone: '1'.repeat(41) }, 'phone'],
    ['an address over 500 characters', { address: 'a'.repeat(501) }, 'address'],
  ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_, input, field) => {
    const user = await signUp(users());
    const me = callerOf(user);
    const result = await update(me, { phone: '+49 1', ...input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await users().call<{ me: Profile }>(me, ME)).data?.me).toMatchObject({
      name: 'Test Patient',
      phone: null,
    });
  });

  it('needs a signed-in caller, and changes only their own profile', async () => {
    expect(errorCodeOf(await update(anonymous, { name: 'Nobody' }))).toBe('UNAUTHENTICATED');
    const [alice, bob] = [await signUp(users()), await signUp(users())];
    await update(callerOf(alice), { name: 'Alice' });
    const bobNow = await users().call<{ me: Profile }>(callerOf(bob), ME);
    expect(bobNow.data?.me.name).toBe('Test Patient');
  });
});
