import sharp from 'sharp';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A clean scan of a typed prescription: black DejaVu Sans on white, 32 px with generous line
 * spacing. Tests only (sharp is a dev dependency); needs the fonts-dejavu-core system package.
 */
export async function renderPrescription(
  lines: string[],
  format: 'png' | 'jpeg' = 'png',
): Promise<Buffer> {
  const lineHeight = 64;
  const height = 80 + lines.length * lineHeight;
  const text = lines
    .map(
      (line, i) =>
        `<text x="40" y="${70 + i * lineHeight}" font-family="DejaVu Sans" font-size="32" fill="black">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${height}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 90 }).toBuffer();
}
