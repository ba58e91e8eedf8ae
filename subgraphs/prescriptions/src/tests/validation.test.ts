import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, prescriptionInput, upload, user, usePrescriptions, UPLOAD } from './fixtures';

const sg = usePrescriptions();

const item = (overrides: Record<string, unknown> = {}) => ({
  medicationId: uuidv7(),
  quantity: 1,
  ...overrides,
});
const twice = uuidv7();
const inFuture = new Date(Date.now() + 86_400_000).toISOString();

describe('uploadPrescription input', () => {
  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['no items', { items: [] }, /^items: a prescription needs at least one item$/],
    [
      '21 items',
      { items: Array.from({ length: 21 }, () => item()) },
      /^items: a prescription has at most 20 items$/,
    ],
    ['quantity 0', { items: [item({ quantity: 0 })] }, /^items\.0\.quantity: must be at least 1$/],
    [
      'quantity 1001',
      { items: [item({ quantity: 1001 })] },
      /^items\.0\.quantity: must be at most 1000$/,
    ],
    [
      'negative refills',
      { items: [item({ refills: -1 })] },
      /^items\.0\.refills: must be at least 0$/,
    ],
    ['13 refills', { items: [item({ refills: 13 })] }, /^items\.0\.refills: must be at most 12$/],
    [
      'a medication id that is no UUID',
      { items: [item({ medicationId: 'aspirin' })] },
      /^items\.0\.medicationId: must be a UUID$/,
    ],
    [
      'a medication twice',
      { items: [item({ medicationId: twice }), item({ medicationId: twice.toUpperCase() })] },
      /^items: each medication may appear only once$/,
    ],
    ['issuedAt in the future', { issuedAt: inFuture }, /^issuedAt: must not be in the future$/],
    [
      'expiresAt before issuedAt',
      { issuedAt: '2026-01-02T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' },
      /^expiresAt: must be after issuedAt$/,
    ],
    [
      'expiresAt equal to issuedAt',
      { issuedAt: '2026-01-02T00:00:00Z', expiresAt: '2026-01-02T00:00:00Z' },
      /^expiresAt: must be after issuedAt$/,
    ],
    ['a blank prescriber name', { prescriberName: '  ' }, /^prescriberName: is required$/],
    ['a blank prescriber license', { prescriberLicense: '' }, /^prescriberLicense: is required$/],
  ];

  it.each(refused)('refuses %s with BAD_USER_INPUT', async (_name, overrides, message) => {
    const result = await sg().call(user('PATIENT'), UPLOAD, {
      input: prescriptionInput(overrides),
    });
    expect(errorCodeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.data ?? null).toBeNull();
  });

  it('refuses a malformed date', async () => {
    const result = await sg().call(user('PATIENT'), UPLOAD, {
      input: prescriptionInput({ issuedAt: 'yesterday' }),
    });
    expect(errorCodeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('accepts the limits and trims text', async () => {
    const created = await upload(sg(), user('PATIENT'), {
      prescriberName: '  Dr. Edge  ',
      items: Array.from({ length: 20 }, (_, n) =>
        item({ quantity: n === 0 ? 1000 : 1, refills: 12, instructions: '' }),
      ),
    });
    expect(created.items).toHaveLength(20);
    expect(created).toMatchObject({ prescriberName: 'Dr. Edge' });
    expect(created.items.map((i) => i.remainingQuantity).sort((a, b) => b - a)[0]).toBe(13_000);
  });

  it('accepts an explicit null refills as none, and any medication id (the catalogue is not checked)', async () => {
    const medicationId = uuidv7();
    const created = await upload(sg(), user('PATIENT'), {
      items: [{ medicationId, quantity: 2, refills: null }],
    });
    expect(created.items[0]).toMatchObject({
      medication: { id: medicationId },
      refills: 0,
      remainingQuantity: 2,
    });
  });
});
