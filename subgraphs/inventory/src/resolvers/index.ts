import { mustExist } from '@pharmacy/errors';
import { DateTime } from '@pharmacy/service';
import type { Resolvers } from '../generated/resolvers';
import {
  addMedication,
  deleteMedication,
  findMedication,
  listMedications,
  updateMedication,
} from '../services/catalogue.service';
import { pharmaciesNearby } from '../services/nearby.service';
import {
  addPharmacy,
  findPharmacy,
  listPharmacies,
  medicationStock,
  pharmacyStock,
} from '../services/pharmacy.service';
import { reserveStock } from '../services/reserve-stock.service';
import { commitStock, releaseStock } from '../services/settle-stock.service';
import { changedBy, reasonOf, stockHistory } from '../services/stock-history.service';
import { setStock } from '../services/stock.service';

/** The catalogue, pharmacies and stock levels are public; stock history is for its staff. */
export const resolvers: Resolvers = {
  DateTime,
  Query: {
    medications: (_root, args, ctx) => listMedications(ctx, args),
    medication: (_root, args, ctx) => findMedication(ctx, args.id),
    pharmacies: (_root, _args, ctx) => listPharmacies(ctx),
    pharmacy: (_root, args, ctx) => findPharmacy(ctx, args.id),
    pharmaciesNearby: (_root, args, ctx) => pharmaciesNearby(ctx, args),
  },
  Mutation: {
    addMedication: (_root, args, ctx) => addMedication(ctx, args.input),
    updateMedication: (_root, args, ctx) => updateMedication(ctx, args.id, args.input),
    deleteMedication: (_root, args, ctx) => deleteMedication(ctx, args.id),
    addPharmacy: (_root, args, ctx) => addPharmacy(ctx, args.input),
    setStock: (_root, args, ctx) => setStock(ctx, args),
    reserveStock: (_root, args, ctx) => reserveStock(ctx, args),
    releaseStock: (_root, args, ctx) => releaseStock(ctx, args.orderId),
    commitStock: (_root, args, ctx) => commitStock(ctx, args.orderId),
  },
  Medication: {
    __resolveReference: (ref, ctx) => findMedication(ctx, ref.id),
    price: (medication) => ({
      amount: medication.priceAmount,
      currency: medication.currency,
    }),
    stock: (medication, _args, ctx) => medicationStock(ctx, medication.id),
  },
  Pharmacy: {
    __resolveReference: (ref, ctx) => findPharmacy(ctx, ref.id),
    stock: (pharmacy, args, ctx) => pharmacyStock(ctx, pharmacy.id, args.medicationIds),
  },
  StockItem: {
    pharmacy: async (item, _args, ctx) =>
      mustExist(await ctx.loaders.pharmacyById.load(item.pharmacyId), 'Pharmacy'),
    medication: async (item, _args, ctx) =>
      mustExist(await ctx.loaders.medicationById.load(item.medicationId), 'Medication'),
    quantityAvailable: (item) => item.onHand - item.reserved,
    history: (item, args, ctx) => stockHistory(ctx, item, args.first),
  },
  StockChange: {
    delta: (change) => change.deltaOnHand,
    reservedDelta: (change) => change.deltaReserved,
    reason: reasonOf,
    at: (change) => change.createdAt,
    by: changedBy,
  },
};
