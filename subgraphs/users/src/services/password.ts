import argon2 from 'argon2';

/** argon2id with at least the OWASP minimum: 19 MiB, 2 passes, 1 lane. */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}

const commonPasswords = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou123',
  'letmein123',
  'welcome123',
  'admin12345',
  'passw0rd123',
  'abc1234567',
]);

/** A reason the password is too weak, or null. */
export function passwordWeakness(password: string): string | null {
  if (password.length < 10) return 'Password must be at least 10 characters';
  if (password.length > 256) return 'Password must be at most 256 characters';
  if (commonPasswords.has(password.toLowerCase())) return 'Password is too common';
  if (new Set(password).size < 4) return 'Password is too repetitive';
  return null;
}
