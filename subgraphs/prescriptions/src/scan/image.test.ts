import { ErrorCode } from '@pharmacy/errors';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImageBase64, MAX_IMAGE_PIXELS } from './image';

const blank = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: 'white' } });

let png: Buffer;
let jpeg: Buffer;
beforeAll(async () => {
  png = await blank(40, 20).png().toBuffer();
  jpeg = await blank(40, 20).jpeg().toBuffer();
});

/** The public error a caller would see, or null when decoding succeeded. */
function refusal(input: string, maxBytes?: number) {
  try {
    decodeImageBase64(input, maxBytes);
    return null;
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: { code: string } };
    return { code: extensions.code, message };
  }
}

describe('decodeImageBase64', () => {
  it('accepts plain base64 and PNG or JPEG data URLs', () => {
    expect(decodeImageBase64(png.toString('base64'))).toEqual(png);
    expect(decodeImageBase64(`data:image/png;base64,${png.toString('base64')}`)).toEqual(png);
    expect(decodeImageBase64(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toEqual(jpeg);
    // Line-wrapped base64 (as MIME encoders write it) and surrounding whitespace are fine.
    const wrapped = png.toString('base64').replace(/.{76}/g, '$&\n');
    expect(decodeImageBase64(`  ${wrapped}\n`)).toEqual(png);
  });

  it('trusts the bytes, not the declared type', () => {
    expect(decodeImageBase64(`data:image/png;base64,${jpeg.toString('base64')}`)).toEqual(jpeg);
  });

  it.each([
    ['empty input', '', /empty/],
    ['only whitespace', '  \n ', /empty/],
    ['text that is not base64', 'this is not an image!', /not valid base64/],
    ['base64 cut in the middle of a quad', 'iVBORw0KG', /not valid base64/],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64'), /PNG or JPEG/],
    ['a text file', Buffer.from('Amoxicillin 500 mg qty 21').toString('base64'), /PNG or JPEG/],
    [
      'a GIF data URL',
      `data:image/gif;base64,${Buffer.from('GIF89a').toString('base64')}`,
      /data URLs/,
    ],
    ['a PDF data URL', 'data:application/pdf;base64,JVBERi0xLjQ=', /data URLs/],
  ])('refuses %s', (_, input, message) => {
    expect(refusal(input)).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringMatching(message),
    });
  });

  it('refuses more bytes than the limit, before decoding', () => {
    const encoded = png.toString('base64');
    expect(refusal(encoded, png.length - 1)).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: `The image is larger than ${png.length - 1} bytes`,
    });
    expect(refusal(encoded, png.length)).toBeNull();
    expect(refusal('A'.repeat(7_000_000))?.message).toMatch(/larger than 5000000 bytes/);
  });

  it('refuses a PNG or JPEG whose header is missing', () => {
    expect(refusal(png.subarray(0, 12).toString('base64'))?.message).toMatch(/damaged/);
    expect(refusal(jpeg.subarray(0, 4).toString('base64'))?.message).toMatch(/damaged/);
  });

  it('refuses an image that declares more pixels than the OCR should decode', async () => {
    // A plain white PNG compresses to a few kilobytes whatever its size.
    const huge = await blank(6000, 5000).png({ compressionLevel: 9 }).toBuffer();
    expect(6000 * 5000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    expect(refusal(huge.toString('base64'))?.message).toMatch(/megapixels/);
    const largeJpeg = await blank(6000, 5000).jpeg().toBuffer();
    expect(refusal(largeJpeg.toString('base64'))?.message).toMatch(/megapixels/);
  });
});
