/** What `npm run keys:rotate` needs: the embedded-mode key file and how a key is made. */
export { generateSigningJwk, loadPrivateJwks } from './services/signing-keys';
export { signingKeysFile } from './settings';
