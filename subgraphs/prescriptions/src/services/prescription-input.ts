import { z } from 'zod';
import { fieldMessage } from './field-message';

/** Clocks differ a little between the patient's device and ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, fieldMessage('is required'))
    .max(max, fieldMessage(`must be at most ${max} characters`));

const item = z.object({
  medicationId: z.uuid(fieldMessage('must be a UUID')),
  quantity: z
    .int()
    .min(1, fieldMessage('must be at least 1'))
    .max(1000, fieldMessage('must be at most 1000')),
  refills: z
    .int()
    .min(0, fieldMessage('must be at least 0'))
    .max(12, fieldMessage('must be at most 12'))
    .nullish(),
  instructions: z
    .string()
    .trim()
    .max(1000, fieldMessage('must be at most 1000 characters'))
    .nullish(),
});

/** An uploaded prescription, as the patient typed it (or confirmed it from a scan). */
export const prescriptionInput = z
  .object({
    prescriberName: text(200),
    prescriberLicense: text(100),
    issuedAt: z.date(),
    expiresAt: z.date().nullish(),
    items: z
      .array(item)
      .min(1, fieldMessage('a prescription needs at least one item'))
      .max(20, fieldMessage('a prescription has at most 20 items')),
    /** Checked with inventory by the upload. */
    pharmacyId: z.string().nullish(),
    /** Decoded and checked by decodeDocument. */
    documentBase64: z.string().nullish(),
  })
  .superRefine((input, issues) => {
    if (input.issuedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      issues.addIssue({
        code: 'custom',
        path: ['issuedAt'],
        message: 'issuedAt: must not be in the future',
      });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= input.issuedAt.getTime()) {
      issues.addIssue({
        code: 'custom',
        path: ['expiresAt'],
        message: 'expiresAt: must be after issuedAt',
      });
    }
    const medications = input.items.map((i) => i.medicationId.toLowerCase());
    if (new Set(medications).size !== medications.length) {
      issues.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'items: each medication may appear only once',
      });
    }
  });

export type PrescriptionInput = z.input<typeof prescriptionInput>;
