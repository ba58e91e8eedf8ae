import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The patient web app, served by the gateway at /app/ from dist/ (`npm run build:web`).
 * `npx vite clients/web` serves it with live reload at http://localhost:5173/app/ and passes
 * /graphql (HTTP and WebSocket) on to the gateway on port 4000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
