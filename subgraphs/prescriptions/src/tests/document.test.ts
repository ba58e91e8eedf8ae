import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { MAX_DOCUMENT_BYTES } from '../db/schema';
import {
  errorCodeOf,
  prescriptionInput,
  service,
  upload,
  user,
  usePrescriptions,
  UPLOAD,
} from './fixtures';

let statements = 0;
const sg = usePrescriptions({ onQuery: () => void statements++ });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const PDF = Buffer.from('%PDF-1.7\n', 'latin1');
/** A file of that type by its first bytes, `size` bytes long. */
const file = (magic: Buffer, size = 2048) =>
  Buffer.concat([magic, randomBytes(size - magic.length)]);

const DOCUMENT = `query($id: ID!) { prescription(id: $id) { document { contentType sizeBytes dataUrl } } }`;
type Document = { contentType: string; sizeBytes: number; dataUrl: string } | null;
const documentOf = (caller: Caller, id: string) =>
  sg().call<{ prescription: { document: Document } | null }>(caller, DOCUMENT, { id });

describe('the prescription document', () => {
  it('is kept as sent, typed by its content whatever the data: URL says', async () => {
    const cases: [Buffer, string, string][] = [
      [file(PNG), '', 'image/png'],
      [file(JPEG), 'data:image/png;base64,', 'image/jpeg'],
      [file(PDF), 'data:application/octet-stream;base64,', 'application/pdf'],
      [file(PNG, MAX_DOCUMENT_BYTES), 'data:image/png;base64,', 'image/png'],
    ];
    for (const [bytes, prefix, contentType] of cases) {
      const patient = user('PATIENT');
      const { id } = await upload(sg(), patient, {
        documentBase64: prefix + bytes.toString('base64'),
      });
      const { data } = await documentOf(patient, id);
      expect(data?.prescription?.document).toEqual({
        contentType,
        sizeBytes: bytes.length,
        dataUrl: `data:${contentType};base64,${bytes.toString('base64')}`,
      });
    }
  });

  it('is null when none was sent', async () => {
    const patient = user('PATIENT');
    const { id } = await upload(sg(), patient);
    expect((await documentOf(patient, id)).data).toEqual({ prescription: { document: null } });
  });

  const refused: [string, string, RegExp][] = [
    ['an empty document', '', /empty/],
    ['only a data: prefix', 'data:image/png;base64,', /empty/],
    ['text that is not base64', 'not base64 at all!', /base64/],
    ['base64 with whitespace', `${file(PNG, 30).toString('base64')}\n`, /base64/],
    [
      'base64 with a missing padding',
      file(PNG, 31).toString('base64').replace(/=+$/, ''),
      /base64/,
    ],
    ['a GIF', file(Buffer.from('GIF89a', 'latin1')).toString('base64'), /PNG, JPEG or PDF/],
    [
      'a text file named as a PNG',
      `data:image/png;base64,${Buffer.from('hello').toString('base64')}`,
      /PNG, JPEG or PDF/,
    ],
    [
      'one byte more than 5 MB',
      file(PNG, MAX_DOCUMENT_BYTES + 1).toString('base64'),
      /at most 5 MB/,
    ],
  ];

  it.each(refused)(
    'refuses %s with BAD_USER_INPUT, writing nothing',
    async (_name, documentBase64, message) => {
      const patient = user('PATIENT');
      const result = await sg().call(patient, UPLOAD, {
        input: prescriptionInput({ documentBase64 }),
      });
      expect(errorCodeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('documentBase64');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect((await sg().call(patient, `{ prescriptions { id } }`)).data).toEqual({
        prescriptions: [],
      });
    },
  );

  it('is shown to its patient and its reviewers, FORBIDDEN to services', async () => {
    const patient = user('PATIENT');
    const bytes = file(PDF);
    const { id } = await upload(sg(), patient, { documentBase64: bytes.toString('base64') });
    // Sent to no pharmacy: any pharmacist reviews it.
    for (const caller of [patient, user('PHARMACIST'), user('ADMIN')]) {
      expect((await documentOf(caller, id)).data?.prescription?.document?.sizeBytes).toBe(
        bytes.length,
      );
    }
    const asService = await sg().call(
      service,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Prescription { id document { sizeBytes } } } }`,
      { r: [{ __typename: 'Prescription', id }] },
    );
    expect(errorCodeOf(asService)).toBe('FORBIDDEN');
    expect(asService.data).toEqual({ _entities: [{ id, document: null }] });
  });

  it('is loaded only when asked, in one statement for a whole list', async () => {
    const one = user('PATIENT');
    await upload(sg(), one, { documentBase64: file(PNG).toString('base64') });
    const many = user('PATIENT');
    for (let n = 0; n < 4; n++)
      await upload(sg(), many, { documentBase64: file(JPEG).toString('base64') });
    const count = async (caller: Caller, query: string) => {
      statements = 0;
      expect((await sg().call(caller, query)).errors).toBeUndefined();
      return statements;
    };
    const withDocument = `{ prescriptions { id document { contentType dataUrl } } }`;
    const without = await count(one, `{ prescriptions { id } }`);
    expect(await count(one, withDocument)).toBe(without + 1);
    expect(await count(many, withDocument)).toBe(without + 1);
  });
});
