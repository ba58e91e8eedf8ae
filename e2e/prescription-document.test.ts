import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, registerPatient, type Session } from './helpers';
import { TINY_PNG_BASE64, tryUpload, uploadPrescription } from './prescription-support';
import { adminSession, openBranch, type Branch } from './staff';
import { RX } from './staff-scoping-support';
import { startStack, type Stack } from './stack';

let stack: Stack;
let a: Branch;
let b: Branch;
beforeAll(async () => {
  stack = await startStack({ seed: true });
  const admin = await adminSession(stack);
  [a, b] = await Promise.all([openBranch(stack, admin), openBranch(stack, admin)]);
});
afterAll(() => stack?.stop());

const ITEMS = [{ medicationId: RX, quantity: 1 }];
const DOCUMENT =
  'query($id: ID!) { prescription(id: $id) { id document { contentType sizeBytes dataUrl } } }';
const PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
).toString('base64');

interface DocumentView {
  prescription: {
    document: { contentType: string; sizeBytes: number; dataUrl: string } | null;
  } | null;
}
const documentAs = (who: Session, id: string) =>
  stack.request<DocumentView>(DOCUMENT, { id }, who.accessToken);

describe('the prescription document', () => {
  it('is kept and shown to the patient and to the pharmacists who may review it', async () => {
    const patient = await registerPatient(stack);
    const id = await uploadPrescription(stack, patient, ITEMS, {
      pharmacyId: a.pharmacyId,
      documentBase64: `data:image/png;base64,${TINY_PNG_BASE64}`,
    });
    const expected = {
      contentType: 'image/png',
      sizeBytes: Buffer.from(TINY_PNG_BASE64, 'base64').length,
      dataUrl: `data:image/png;base64,${TINY_PNG_BASE64}`,
    };
    for (const who of [patient, a.pharmacist]) {
      const { body } = await documentAs(who, id);
      expect(body.errors).toBeUndefined();
      expect(body.data?.prescription?.document).toEqual(expected);
    }
    const theirs = await documentAs(b.pharmacist, id);
    expect(codes(theirs.body)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(theirs.body.data ?? null)).not.toContain(TINY_PNG_BASE64);
    // A courier reviews nothing.
    expect(codes((await documentAs(a.courier, id)).body)).toEqual(['FORBIDDEN']);
  });

  it('takes a PDF, typed by its content; no document is null', async () => {
    const patient = await registerPatient(stack);
    const pdf = await uploadPrescription(stack, patient, ITEMS, { documentBase64: PDF_BASE64 });
    const { body } = await documentAs(patient, pdf);
    expect(body.data?.prescription?.document).toMatchObject({
      contentType: 'application/pdf',
      dataUrl: `data:application/pdf;base64,${PDF_BASE64}`,
    });
    const bare = await uploadPrescription(stack, patient, ITEMS);
    expect((await documentAs(patient, bare)).body.data?.prescription?.document).toBeNull();
  });

  it('refuses an oversized or non-image document and an unknown pharmacy, and stores nothing', async () => {
    const patient = await registerPatient(stack);
    // A real PNG signature, then more than 5 MB: refused for its size, whatever it holds.
    const oversized = Buffer.concat([
      Buffer.from(TINY_PNG_BASE64, 'base64'),
      Buffer.alloc(5_300_000),
    ]).toString('base64');
    const text = Buffer.from('This is a plain text file, not a scan.').toString('base64');
    const cases: [string, Parameters<typeof tryUpload>[3], string][] = [
      ['oversized', { documentBase64: oversized }, 'BAD_USER_INPUT'],
      ['text', { documentBase64: text }, 'BAD_USER_INPUT'],
      ['text named a PNG', { documentBase64: `data:image/png;base64,${text}` }, 'BAD_USER_INPUT'],
      ['not base64', { documentBase64: '%%% not base64 %%%' }, 'BAD_USER_INPUT'],
      ['unknown pharmacy', { pharmacyId: randomUUID() }, 'NOT_FOUND'],
    ];
    for (const [name, options, code] of cases) {
      const { body } = await tryUpload(stack, patient, ITEMS, options);
      expect(codes(body), name).toEqual([code]);
    }
    expect(await gql(stack, patient, '{ me { prescriptions { id } } }')).toEqual({
      me: { prescriptions: [] },
    });
  });
});
