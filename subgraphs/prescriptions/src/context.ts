import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { groupBy, groupRows, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  itemsOfPrescriptions,
  prescriptionsByIds,
  prescriptionsOfPatients,
  takenQuantities,
  type PrescriptionItemRow,
  type PrescriptionRow,
  type PrescriptionsDatabase,
} from './db/queries';
import type { PrescriptionsDeps } from './deps';
import type { PrescriptionStatus } from './generated/enums';

export interface PatientPrescriptionsKey {
  patientId: string;
  status: PrescriptionStatus | null;
}

export interface PrescriptionsLoaders {
  prescriptionById: DataLoader<string, PrescriptionRow | null>;
  itemsByPrescriptionId: DataLoader<string, PrescriptionItemRow[]>;
  /** Quantity currently TAKEN per item id (0 when nothing was dispensed). */
  takenByItemId: DataLoader<string, number>;
  /** A patient's prescriptions, newest first; keyed by patient id and status filter. */
  prescriptionsByPatient: DataLoader<PatientPrescriptionsKey, PrescriptionRow[], string>;
}

export interface PrescriptionsContext {
  caller: Caller;
  db: PrescriptionsDatabase;
  log: Logger;
  deps: PrescriptionsDeps;
  loaders: PrescriptionsLoaders;
}

const patientKey = (key: PatientPrescriptionsKey) => `${key.status ?? ''}:${key.patientId}`;

async function prescriptionsOfPatientKeys(
  db: PrescriptionsDatabase,
  keys: readonly PatientPrescriptionsKey[],
): Promise<PrescriptionRow[][]> {
  // One query per distinct status filter (in practice one), covering every patient asked for.
  const found = new Map<string, PrescriptionRow[]>();
  for (const [, group] of groupRows(keys, (key) => key.status ?? '')) {
    const status = group[0]!.status;
    const patientIds = group.map((key) => key.patientId);
    const rows = await prescriptionsOfPatients(db, patientIds, status);
    for (const [patientId, list] of groupRows(rows, (row) => row.patientId)) {
      found.set(patientKey({ patientId, status }), list);
    }
  }
  return keys.map((key) => found.get(patientKey(key)) ?? []);
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(db: PrescriptionsDatabase): PrescriptionsLoaders {
  return {
    prescriptionById: new DataLoader(async (ids) =>
      matchById(ids, await prescriptionsByIds(db, [...ids])),
    ),
    itemsByPrescriptionId: new DataLoader(async (ids) =>
      groupBy(ids, await itemsOfPrescriptions(db, [...ids]), (row) => row.prescriptionId),
    ),
    takenByItemId: new DataLoader(async (ids) => {
      const taken = await takenQuantities(db, [...ids]);
      return ids.map((id) => taken.get(id) ?? 0);
    }),
    prescriptionsByPatient: new DataLoader((keys) => prescriptionsOfPatientKeys(db, keys), {
      cacheKeyFn: patientKey,
    }),
  };
}

export function createPrescriptionsContext(
  runtime: { db: PrescriptionsDatabase; log: Logger; deps: PrescriptionsDeps },
  caller: Caller,
): PrescriptionsContext {
  const { db, log, deps } = runtime;
  return { caller, db, log, deps, loaders: createLoaders(db) };
}
