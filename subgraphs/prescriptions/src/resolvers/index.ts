import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import { listAccessLog, userAccessLogOf } from '../services/access-log.service';
import { deletePrescription } from '../services/delete-prescription.service';
import { documentOf } from '../services/document.service';
import {
  returnPrescriptionQuantity,
  takePrescriptionQuantity,
} from '../services/dispensing.service';
import {
  findPrescription,
  itemsOf,
  listPrescriptions,
  listPrescriptionsOf,
  remainingQuantity,
} from '../services/prescription.service';
import { dataUrlOf } from '../services/prescription-document';
import { effectiveStatus } from '../services/prescription-status';
import { rejectPrescription, verifyPrescription } from '../services/review.service';
import { scanPrescription } from '../services/scan-prescription.service';
import { uploadPrescription } from '../services/upload.service';
import { medicationRef, pharmacyRef, userRef } from './references';

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    prescription: (_root, args, ctx) => findPrescription(ctx, args.id),
    prescriptions: (_root, args, ctx) => listPrescriptions(ctx, args.status ?? null),
    prescriptionAccessLog: (_root, args, ctx) => listAccessLog(ctx, args.prescriptionId),
  },
  Mutation: {
    uploadPrescription: (_root, args, ctx) => uploadPrescription(ctx, args.input),
    verifyPrescription: (_root, args, ctx) => verifyPrescription(ctx, args.id),
    rejectPrescription: (_root, args, ctx) => rejectPrescription(ctx, args.id, args.reason),
    deletePrescription: (_root, args, ctx) => deletePrescription(ctx, args.id),
    scanPrescription: (_root, args, ctx) => scanPrescription(ctx, args.imageBase64),
    takePrescriptionQuantity: (_root, args, ctx) => takePrescriptionQuantity(ctx, args),
    returnPrescriptionQuantity: (_root, args, ctx) => returnPrescriptionQuantity(ctx, args.orderId),
  },
  ScannedItem: {
    medication: (item) => (item.medicationId ? medicationRef(item.medicationId) : null),
  },
  Prescription: {
    __resolveReference: (ref, ctx) => findPrescription(ctx, ref.id),
    patient: (prescription) => userRef(prescription.patientId),
    status: (prescription) => effectiveStatus(prescription),
    items: (prescription, _args, ctx) => itemsOf(ctx, prescription),
    verifiedBy: (prescription) =>
      prescription.verifiedBy ? userRef(prescription.verifiedBy) : null,
    pharmacy: (prescription) =>
      prescription.pharmacyId ? pharmacyRef(prescription.pharmacyId) : null,
    document: (prescription, _args, ctx) => documentOf(ctx, prescription),
    accessLog: (prescription, _args, ctx) => userAccessLogOf(ctx, prescription),
  },
  PrescriptionDocument: {
    dataUrl: (document) => dataUrlOf(document),
  },
  PrescriptionAccess: {
    actor: (entry) => userRef(entry.actorUserId),
  },
  PrescriptionItem: {
    medication: (item) => medicationRef(item.medicationId),
    remainingQuantity: (item, _args, ctx) => remainingQuantity(ctx, item),
  },
  User: {
    prescriptions: (user, args, ctx) => listPrescriptionsOf(ctx, user.id, args.status ?? null),
  },
};
