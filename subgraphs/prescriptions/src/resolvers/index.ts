import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { scanPrescription } from '../services/scan-prescription.service';
import { DateTime } from '@pharmacy/service';
import type { PrescriptionItemRow, PrescriptionRow, PrescriptionsContext } from '../context';
import {
  returnPrescriptionQuantity,
  takePrescriptionQuantity,
  type TakeInput,
} from '../services/dispensing.service';
import {
  accessLogOf,
  findPrescription,
  itemsOf,
  listPrescriptions,
  listPrescriptionsOf,
  remainingQuantity,
  resolvePrescriptionReference,
} from '../services/prescription.service';
import { effectiveStatus, type PrescriptionStatus } from '../services/prescription-status';
import {
  deletePrescription,
  rejectPrescription,
  verifyPrescription,
} from '../services/review.service';
import { uploadPrescription, type PrescriptionInput } from '../services/upload.service';

type StatusArgs = { status?: PrescriptionStatus | null };
const userRef = (id: string) => ({ __typename: 'User', id });

export const resolvers: GraphQLResolverMap<PrescriptionsContext> = {
  DateTime,
  Query: {
    prescription: (_root, args: { id: string }, ctx) => findPrescription(ctx, args.id),
    prescriptions: (_root, args: StatusArgs, ctx) => listPrescriptions(ctx, args.status ?? null),
    prescriptionAccessLog: (_root, args: { prescriptionId: string }, ctx) =>
      accessLogOf(ctx, args.prescriptionId),
  },
  Mutation: {
    uploadPrescription: (_root, args: { input: PrescriptionInput }, ctx) =>
      uploadPrescription(ctx, args.input),
    verifyPrescription: (_root, args: { id: string }, ctx) => verifyPrescription(ctx, args.id),
    rejectPrescription: (_root, args: { id: string; reason: string }, ctx) =>
      rejectPrescription(ctx, args.id, args.reason),
    deletePrescription: (_root, args: { id: string }, ctx) => deletePrescription(ctx, args.id),
    scanPrescription: (_root, args: { imageBase64: string }, ctx) =>
      scanPrescription(ctx, args.imageBase64),
    takePrescriptionQuantity: (_root, args: TakeInput, ctx) => takePrescriptionQuantity(ctx, args),
    returnPrescriptionQuantity: (_root, args: { orderId: string }, ctx) =>
      returnPrescriptionQuantity(ctx, args.orderId),
  },
  ScannedItem: {
    medication: (item: { medicationId: string | null }) =>
      item.medicationId ? { __typename: 'Medication', id: item.medicationId } : null,
  },
  Prescription: {
    __resolveReference: (ref: { id: string }, ctx: PrescriptionsContext) =>
      resolvePrescriptionReference(ctx, ref.id),
    patient: (prescription: PrescriptionRow) => userRef(prescription.patientId),
    status: (prescription: PrescriptionRow) => effectiveStatus(prescription),
    items: (prescription: PrescriptionRow, _args, ctx) => itemsOf(ctx, prescription),
    verifiedBy: (prescription: PrescriptionRow) =>
      prescription.verifiedBy ? userRef(prescription.verifiedBy) : null,
  },
  PrescriptionItem: {
    medication: (item: PrescriptionItemRow) => ({
      __typename: 'Medication',
      id: item.medicationId,
    }),
    remainingQuantity: (item: PrescriptionItemRow, _args, ctx) => remainingQuantity(ctx, item),
  },
  User: {
    prescriptions: (user: { id: string }, args: StatusArgs, ctx) =>
      listPrescriptionsOf(ctx, user.id, args.status ?? null),
  },
};
