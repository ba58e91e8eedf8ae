/**
 * `npm run keys:rotate`: puts a new signing key in front of the embedded-mode key file. New
 * tokens are signed with it; the older keys stay published (and their tokens valid) until they
 * are removed, which is safe once the access-token lifetime has passed. Restart users after.
 */
import { writeFile } from 'node:fs/promises';
import { generateSigningJwk, loadPrivateJwks, signingKeysFile } from '@pharmacy/users/keys';

const MAX_KEYS = 3;
const file = signingKeysFile();
const keys = [await generateSigningJwk(), ...(await loadPrivateJwks(file))].slice(0, MAX_KEYS);
await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
console.log(`new signing key ${keys[0]!.kid}; ${keys.length - 1} older key(s) still published`);
