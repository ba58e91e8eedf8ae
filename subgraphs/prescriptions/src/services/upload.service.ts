import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { BadUserInputError } from '@pharmacy/errors';
import type { PrescriptionRow, PrescriptionsContext } from '../context';
import * as schema from '../db/schema';
import { recordAccess, requirePerson } from './prescription-access';

export interface PrescriptionInput {
  prescriberName: string;
  prescriberLicense: string;
  issuedAt: Date;
  expiresAt?: Date | null;
  items: {
    medicationId: string;
    quantity: number;
    refills?: number | null;
    instructions?: string | null;
  }[];
}

/** Clocks differ a little between the patient's device and ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

const item = z.object({
  medicationId: z.uuid({ message: 'must be a UUID' }),
  quantity: z.int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  refills: z.int().min(0, 'must be at least 0').max(12, 'must be at most 12').nullish(),
  instructions: z.string().trim().max(1000, 'must be at most 1000 characters').nullish(),
});

const prescriptionInput = z
  .object({
    prescriberName: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(200, 'must be at most 200 characters'),
    prescriberLicense: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(100, 'must be at most 100 characters'),
    issuedAt: z.date(),
    expiresAt: z.date().nullish(),
    items: z
      .array(item)
      .min(1, 'a prescription needs at least one item')
      .max(20, 'a prescription has at most 20 items'),
  })
  .superRefine((input, issues) => {
    if (input.issuedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      issues.addIssue({ code: 'custom', path: ['issuedAt'], message: 'must not be in the future' });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= input.issuedAt.getTime()) {
      issues.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be after issuedAt' });
    }
    const medications = input.items.map((i) => i.medicationId.toLowerCase());
    if (new Set(medications).size !== medications.length) {
      issues.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'each medication may appear only once',
      });
    }
  });

function oneYearAfter(date: Date): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** Any signed-in user uploads a prescription for themselves; pharmacists review it later. */
export async function uploadPrescription(
  ctx: PrescriptionsContext,
  input: PrescriptionInput,
): Promise<PrescriptionRow> {
  const caller = requirePerson(ctx.caller);
  const parsed = prescriptionInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.');
    throw new BadUserInputError(
      issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input',
      { field },
    );
  }
  const { items, ...fields } = parsed.data;
  // The catalogue lives in inventory; the pharmacist checks medications when verifying.
  return ctx.db.transaction(async (tx) => {
    const [prescription] = await tx
      .insert(schema.prescriptions)
      .values({
        id: uuidv7(),
        patientId: caller.userId,
        status: 'SUBMITTED',
        prescriberName: fields.prescriberName,
        prescriberLicense: fields.prescriberLicense,
        issuedAt: fields.issuedAt,
        expiresAt: fields.expiresAt ?? oneYearAfter(fields.issuedAt),
      })
      .returning();
    if (!prescription) throw new Error('insert returned no prescription');
    await tx.insert(schema.prescriptionItems).values(
      items.map((i) => ({
        id: uuidv7(),
        prescriptionId: prescription.id,
        medicationId: i.medicationId.toLowerCase(),
        quantity: i.quantity,
        refills: i.refills ?? 0,
        instructions: i.instructions || null,
      })),
    );
    await recordAccess(tx, ctx.caller, [prescription.id], 'CREATE');
    return prescription;
  });
}
