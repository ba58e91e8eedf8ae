import { UserFacingError } from './errors';

/** A prescription's photo or scan, ready to send as PrescriptionInput.documentBase64. */
export interface AttachedDocument {
  dataUrl: string;
  name: string;
  contentType: string;
  sizeBytes: number;
}

/** As the API takes it: at most 5 MB of PNG, JPEG or PDF. */
export const MAX_DOCUMENT_BYTES = 5_000_000;

// Told by the first bytes, as the API tells them: a file's name or claimed type may lie.
const signatures: { contentType: string; bytes: number[] }[] = [
  { contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
];

/** Reads a chosen file as a document, refusing what the API would refuse. */
export async function readDocument(file: File): Promise<AttachedDocument> {
  if (file.size > MAX_DOCUMENT_BYTES)
    throw new UserFacingError('That file is larger than 5 MB: please attach a smaller one.');
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const contentType = signatures.find((s) => s.bytes.every((b, i) => head[i] === b))?.contentType;
  if (!contentType)
    throw new UserFacingError('Attach the prescription as a PNG or JPEG photo, or as a PDF.');
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new UserFacingError('That file could not be read.'));
    reader.readAsDataURL(new Blob([file], { type: contentType }));
  });
  return { dataUrl, name: file.name, contentType, sizeBytes: file.size };
}

/**
 * A blob: URL for a data: URL, to open in a new tab (browsers refuse to open data: URLs at the
 * top level). Revoke it when done.
 */
export function blobUrlOf(dataUrl: string): string {
  const [head = '', body = ''] = dataUrl.split(',', 2);
  const contentType = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(body);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: contentType }));
}

/** The size of the bytes a base64 data: URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const body = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Math.floor((body.length * 3) / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
}
