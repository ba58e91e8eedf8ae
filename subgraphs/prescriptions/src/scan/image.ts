import { BadUserInputError } from '@pharmacy/errors';
import { detectImageFormat, readImageSize } from './image-size';

/** About a 6000 x 4000 photo: more is slow to read and risks exhausting the OCR's memory. */
export const MAX_IMAGE_PIXELS = 25_000_000;

const DATA_URL_PREFIX = /^data:image\/(?:png|jpeg|jpg);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isWellFormedBase64(payload: string): boolean {
  if (!BASE64.test(payload)) return false;
  const padded = payload.endsWith('=');
  return padded ? payload.length % 4 === 0 : payload.length % 4 !== 1;
}

/** The payload of a plain base64 string or of a PNG/JPEG data URL, whitespace removed. */
function base64Payload(input: string): string {
  const trimmed = input.trim();
  const prefix = DATA_URL_PREFIX.exec(trimmed);
  if (!prefix && /^data:/i.test(trimmed)) {
    throw new BadUserInputError(
      'Only data:image/png;base64, and data:image/jpeg;base64, data URLs are accepted',
    );
  }
  return (prefix ? trimmed.slice(prefix[0].length) : trimmed).replace(/\s+/g, '');
}

/**
 * Decodes an uploaded prescription photo and refuses anything the OCR should not see: empty or
 * malformed input, more than maxBytes, files that are not PNG or JPEG by their first bytes, and
 * images whose header declares more than MAX_IMAGE_PIXELS.
 */
export function decodeImageBase64(input: string, maxBytes = 5_000_000): Buffer {
  const payload = base64Payload(input);
  if (payload.length === 0) throw new BadUserInputError('The image is empty');
  // Four base64 characters carry three bytes: refuse oversized input before decoding it.
  if (Math.floor((payload.replace(/=+$/, '').length * 3) / 4) > maxBytes) {
    throw new BadUserInputError(`The image is larger than ${maxBytes} bytes`, { maxBytes });
  }
  if (!isWellFormedBase64(payload)) {
    throw new BadUserInputError('The image is not valid base64');
  }
  const bytes = Buffer.from(payload, 'base64');
  const format = detectImageFormat(bytes);
  if (!format) throw new BadUserInputError('The image must be a PNG or JPEG file');
  const size = readImageSize(bytes, format);
  if (!size || size.width === 0 || size.height === 0) {
    throw new BadUserInputError('The image is damaged or incomplete');
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new BadUserInputError(
      `The image has more than ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; send a smaller photo`,
      { maxPixels: MAX_IMAGE_PIXELS },
    );
  }
  return bytes;
}
