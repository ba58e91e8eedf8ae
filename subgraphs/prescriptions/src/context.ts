import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { groupBy, groupRows, matchById } from '@pharmacy/db';
import { OPERATION_ID_HEADER, wellFormedRequestId, type Logger } from '@pharmacy/service';
import { userAccessOf, type UserAccessRow } from './db/access-log-queries';
import {
  documentsOf,
  itemsOfPrescriptions,
  prescriptionsByIds,
  prescriptionsOfPatients,
  takenQuantities,
  takePharmaciesOf,
  type PrescriptionDocumentRow,
  type PrescriptionItemRow,
  type PrescriptionRow,
  type PrescriptionsDatabase,
} from './db/queries';
import type { PrescriptionsDeps } from './deps';
import type { PrescriptionStatus } from './generated/enums';
import { AccessRecorder } from './services/access-recorder';
import { readVisibility } from './services/prescription-access';

export interface PatientPrescriptionsKey {
  patientId: string;
  status: PrescriptionStatus | null;
}

export interface PrescriptionsLoaders {
  prescriptionById: DataLoader<string, PrescriptionRow | null>;
  itemsByPrescriptionId: DataLoader<string, PrescriptionItemRow[]>;
  /** Quantity currently TAKEN per item id (0 when nothing was dispensed). */
  takenByItemId: DataLoader<string, number>;
  /** The pharmacies whose orders took from a prescription. */
  takePharmaciesByPrescriptionId: DataLoader<string, string[]>;
  /**
   * A patient's prescriptions that the caller may see, newest first; keyed by patient id and
   * status filter.
   */
  prescriptionsByPatient: DataLoader<PatientPrescriptionsKey, PrescriptionRow[], string>;
  documentByPrescriptionId: DataLoader<string, PrescriptionDocumentRow | null>;
  /** Prescription.accessLog, oldest first. */
  accessLogByPrescriptionId: DataLoader<string, UserAccessRow[]>;
}

export interface PrescriptionsContext {
  caller: Caller;
  db: PrescriptionsDatabase;
  log: Logger;
  deps: PrescriptionsDeps;
  loaders: PrescriptionsLoaders;
  /** This request's reads, written once when it ends. */
  accessLog: AccessRecorder;
}

const patientKey = (key: PatientPrescriptionsKey) => `${key.status ?? ''}:${key.patientId}`;

async function prescriptionsOfPatientKeys(
  db: PrescriptionsDatabase,
  caller: Caller,
  keys: readonly PatientPrescriptionsKey[],
): Promise<PrescriptionRow[][]> {
  // One query per distinct status filter (in practice one), covering every patient asked for.
  const found = new Map<string, PrescriptionRow[]>();
  const visibility = readVisibility(caller);
  for (const [, group] of groupRows(keys, (key) => key.status ?? '')) {
    const status = group[0]!.status;
    const patientIds = group.map((key) => key.patientId);
    const rows = await prescriptionsOfPatients(db, { patientIds, status, visibility });
    for (const [patientId, list] of groupRows(rows, (row) => row.patientId)) {
      found.set(patientKey({ patientId, status }), list);
    }
  }
  return keys.map((key) => found.get(patientKey(key)) ?? []);
}

/**
 * Loaders are made per request, for its caller, so nothing cached outlives the request that
 * read it and no list shows what its caller may not see.
 */
function createLoaders(db: PrescriptionsDatabase, caller: Caller): PrescriptionsLoaders {
  const byPrescription = <T extends { prescriptionId: string }>(
    load: (ids: string[]) => Promise<T[]>,
  ) =>
    new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await load([...ids]), (row) => row.prescriptionId),
    );
  return {
    prescriptionById: new DataLoader(async (ids) =>
      matchById(ids, await prescriptionsByIds(db, [...ids])),
    ),
    itemsByPrescriptionId: byPrescription((ids) => itemsOfPrescriptions(db, ids)),
    takenByItemId: new DataLoader(async (ids) => {
      const taken = await takenQuantities(db, [...ids]);
      return ids.map((id) => taken.get(id) ?? 0);
    }),
    takePharmaciesByPrescriptionId: new DataLoader(async (ids) => {
      const rows = await takePharmaciesOf(db, [...ids]);
      const found = groupBy(ids, rows, (row) => row.prescriptionId);
      return found.map((list) => list.flatMap((row) => (row.pharmacyId ? [row.pharmacyId] : [])));
    }),
    prescriptionsByPatient: new DataLoader((keys) => prescriptionsOfPatientKeys(db, caller, keys), {
      cacheKeyFn: patientKey,
    }),
    documentByPrescriptionId: new DataLoader(async (ids) => {
      const found = groupBy(ids, await documentsOf(db, [...ids]), (row) => row.prescriptionId);
      return found.map((list) => list[0] ?? null);
    }),
    accessLogByPrescriptionId: byPrescription((ids) => userAccessOf(db, ids)),
  };
}

export function createPrescriptionsContext(
  runtime: { db: PrescriptionsDatabase; log: Logger; deps: PrescriptionsDeps },
  caller: Caller,
  req?: IncomingMessage,
): PrescriptionsContext {
  const { db, log, deps } = runtime;
  // The gateway's id of the client operation: its several calls here count as one read.
  const operationId = wellFormedRequestId(req?.headers[OPERATION_ID_HEADER]) ?? null;
  return {
    caller,
    db,
    log,
    deps,
    loaders: createLoaders(db, caller),
    accessLog: new AccessRecorder(caller, operationId),
  };
}
