import { describe, expect, it } from 'vitest';
import { anonymous, REGISTER, useUsers } from './fixtures';

const users = useUsers();

describe('users subgraph', () => {
  it('refuses a request without an internal credential', async () => {
    const response = await fetch(users().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('registers a patient with a normalized email', async () => {
    const email = `New.${crypto.randomUUID()}@Example.com`;
    const result = await users().call<{ register: { user: { email: string; role: string } } }>(
      anonymous,
      REGISTER,
      {
        input: { email, password: 'correct horse battery', name: 'New Patient' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.register.user).toMatchObject({
      email: email.toLowerCase(),
      role: 'PATIENT',
    });
  });
});
