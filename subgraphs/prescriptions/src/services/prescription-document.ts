import { BadUserInputError } from '@pharmacy/errors';
import { MAX_DOCUMENT_BYTES, type documentTypes } from '../db/schema';

export type DocumentType = (typeof documentTypes)[number];

export interface DecodedDocument {
  contentType: DocumentType;
  bytes: Buffer;
}

const DATA_URL_PREFIX = /^data:[^,]*;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from('%PDF-', 'latin1');

const refused = (message: string) =>
  new BadUserInputError(`documentBase64: ${message}`, { field: 'documentBase64' });

/** The type the first bytes say, whatever the file was called or the data: URL claimed. */
function contentTypeOf(bytes: Buffer): DocumentType | null {
  const startsWith = (magic: Buffer) => bytes.subarray(0, magic.length).equals(magic);
  if (startsWith(PNG)) return 'image/png';
  if (startsWith(JPEG)) return 'image/jpeg';
  if (startsWith(PDF)) return 'application/pdf';
  return null;
}

/**
 * An uploaded document, decoded strictly: canonical base64 (a `data:...;base64,` prefix
 * allowed, nothing else around it), at most MAX_DOCUMENT_BYTES, and a PNG, JPEG or PDF by its
 * content. Anything else is BAD_USER_INPUT on field documentBase64.
 */
export function decodeDocument(input: string): DecodedDocument {
  const prefix = DATA_URL_PREFIX.exec(input);
  const payload = prefix ? input.slice(prefix[0].length) : input;
  if (payload.length === 0) throw refused('the document is empty');
  // Four characters carry three bytes: an oversized document is refused before it is decoded.
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  if ((payload.length / 4) * 3 - padding > MAX_DOCUMENT_BYTES)
    throw refused(`must be at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB`);
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) throw refused('must be base64');
  const bytes = Buffer.from(payload, 'base64');
  // Unused bits set in the last character decode all the same: only canonical input passes.
  if (bytes.toString('base64') !== payload) throw refused('must be base64');
  const contentType = contentTypeOf(bytes);
  if (!contentType) throw refused('must be a PNG, JPEG or PDF file');
  return { contentType, bytes };
}

/** The document as a data: URL of the type read from its content. */
export const dataUrlOf = (document: { contentType: string; bytes: Uint8Array }) =>
  `data:${document.contentType};base64,${Buffer.from(
    document.bytes.buffer,
    document.bytes.byteOffset,
    document.bytes.byteLength,
  ).toString('base64')}`;
