import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { build } from 'vite';

const webAppRoot = fileURLToPath(new URL('../../clients/web/', import.meta.url));

/** Builds the web app from its current source into `outDir`, as `npm run build:web` does. */
export async function buildWebApp(outDir: string): Promise<void> {
  await build({
    root: webAppRoot,
    configFile: `${webAppRoot}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A photo of a typed prescription: black DejaVu Sans on white (fonts-dejavu-core). */
export async function renderPrescriptionPhoto(lines: string[]): Promise<Buffer> {
  const text = lines
    .map(
      (line, i) =>
        `<text x="40" y="${70 + i * 64}" font-family="DejaVu Sans" font-size="32">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${80 + lines.length * 64}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
