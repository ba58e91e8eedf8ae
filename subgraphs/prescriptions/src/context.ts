import DataLoader from 'dataloader';
import { and, desc, inArray } from 'drizzle-orm';
import type { Caller } from '@pharmacy/auth';
import { groupBy, groupRows, matchById, type Database } from '@pharmacy/db';
import type { Logger, RateLimiter } from '@pharmacy/service';
import type { OcrEngine } from './scan';
import type { CatalogueClient } from './services/catalogue-client';
import * as schema from './db/schema';
import { statusCondition, type PrescriptionStatus } from './services/prescription-status';
import { takenQuantities } from './services/take';

export type PrescriptionsDatabase = Database<typeof schema>;
export type PrescriptionRow = typeof schema.prescriptions.$inferSelect;
export type PrescriptionItemRow = typeof schema.prescriptionItems.$inferSelect;

export interface PrescriptionsLoaders {
  prescriptionById: DataLoader<string, PrescriptionRow | null>;
  itemsByPrescriptionId: DataLoader<string, PrescriptionItemRow[]>;
  /** Quantity currently TAKEN per item id (0 when nothing was dispensed). */
  takenByItemId: DataLoader<string, number>;
  /** A patient's prescriptions, newest first; keyed by patient id and status filter. */
  prescriptionsByPatient: DataLoader<PatientQuery, PrescriptionRow[], string>;
}

export interface PatientQuery {
  patientId: string;
  status: PrescriptionStatus | null;
}

/** Long-lived dependencies, made once when the subgraph starts. */
export interface PrescriptionsDeps {
  ocr: OcrEngine;
  catalogue: CatalogueClient;
  scanLimiter: RateLimiter;
}

export interface PrescriptionsContext {
  caller: Caller;
  db: PrescriptionsDatabase;
  log: Logger;
  deps: PrescriptionsDeps;
  loaders: PrescriptionsLoaders;
}

export function createLoaders(db: PrescriptionsDatabase): PrescriptionsLoaders {
  const { prescriptions, prescriptionItems } = schema;
  return {
    prescriptionById: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(prescriptions)
        .where(inArray(prescriptions.id, [...ids]));
      return matchById(ids, rows);
    }),
    itemsByPrescriptionId: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(prescriptionItems)
        .where(inArray(prescriptionItems.prescriptionId, [...ids]))
        .orderBy(prescriptionItems.id);
      return groupBy(ids, rows, (row) => row.prescriptionId);
    }),
    takenByItemId: new DataLoader(async (ids) => {
      const taken = await takenQuantities(db, ids);
      return ids.map((id) => taken.get(id) ?? 0);
    }),
    prescriptionsByPatient: new DataLoader(
      async (keys) => {
        // One query per distinct status filter (in practice one), covering every patient asked for.
        const byStatus = groupRows(keys, (key) => key.status ?? '');
        const found = new Map<string, PrescriptionRow[]>();
        for (const [status, group] of byStatus) {
          const rows = await db
            .select()
            .from(prescriptions)
            .where(
              and(
                inArray(
                  prescriptions.patientId,
                  group.map((key) => key.patientId),
                ),
                status ? statusCondition(status as PrescriptionStatus) : undefined,
              ),
            )
            .orderBy(desc(prescriptions.id));
          for (const [patientId, list] of groupRows(rows, (row) => row.patientId)) {
            found.set(`${status}:${patientId}`, list);
          }
        }
        return keys.map((key) => found.get(`${key.status ?? ''}:${key.patientId}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.status ?? ''}:${key.patientId}` },
    ),
  };
}

export function createPrescriptionsContext(
  base: { db: PrescriptionsDatabase; log: Logger; deps: PrescriptionsDeps },
  caller: Caller,
): PrescriptionsContext {
  return { db: base.db, log: base.log, deps: base.deps, caller, loaders: createLoaders(base.db) };
}
