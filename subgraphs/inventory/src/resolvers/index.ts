import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { InventoryContext, MedicationRow, PharmacyRow, StockLevel } from '../context';
import {
  addMedication,
  deleteMedication,
  findMedication,
  listMedications,
  updateMedication,
  type MedicationInput,
  type MedicationSearch,
} from '../services/catalogue.service';
import { pharmaciesNearby, type NearbySearch } from '../services/nearby.service';
import {
  addPharmacy,
  findPharmacy,
  listPharmacies,
  medicationStock,
  pharmacyStock,
  type PharmacyInput,
} from '../services/pharmacy.service';
import { reserveStock, type ReserveStockInput } from '../services/reserve-stock.service';
import { commitStock, releaseStock } from '../services/settle-stock.service';
import { setStock, type SetStockInput } from '../services/stock.service';

/** The catalogue, pharmacies and stock are public: reads check no caller. */
export const resolvers: GraphQLResolverMap<InventoryContext> = {
  Query: {
    medications: (_root, args: MedicationSearch, ctx) => listMedications(ctx, args),
    medication: (_root, args: { id: string }, ctx) => findMedication(ctx, args.id),
    pharmacies: (_root, _args, ctx) => listPharmacies(ctx),
    pharmacy: (_root, args: { id: string }, ctx) => findPharmacy(ctx, args.id),
    pharmaciesNearby: (_root, args: NearbySearch, ctx) => pharmaciesNearby(ctx, args),
  },
  Mutation: {
    addMedication: (_root, args: { input: MedicationInput }, ctx) => addMedication(ctx, args.input),
    updateMedication: (_root, args: { id: string; input: MedicationInput }, ctx) =>
      updateMedication(ctx, args.id, args.input),
    deleteMedication: (_root, args: { id: string }, ctx) => deleteMedication(ctx, args.id),
    addPharmacy: (_root, args: { input: PharmacyInput }, ctx) => addPharmacy(ctx, args.input),
    setStock: (_root, args: SetStockInput, ctx) => setStock(ctx, args),
    reserveStock: (_root, args: ReserveStockInput, ctx) => reserveStock(ctx, args),
    releaseStock: (_root, args: { orderId: string }, ctx) => releaseStock(ctx, args.orderId),
    commitStock: (_root, args: { orderId: string }, ctx) => commitStock(ctx, args.orderId),
  },
  Medication: {
    __resolveReference: (ref: { id: string }, ctx: InventoryContext) => findMedication(ctx, ref.id),
    price: (medication: MedicationRow) => ({
      amount: medication.priceAmount,
      currency: medication.currency,
    }),
    stock: (medication: MedicationRow, _args, ctx) => medicationStock(ctx, medication.id),
  },
  Pharmacy: {
    __resolveReference: (ref: { id: string }, ctx: InventoryContext) => findPharmacy(ctx, ref.id),
    stock: (pharmacy: PharmacyRow, args: { medicationIds?: string[] | null }, ctx) =>
      pharmacyStock(ctx, pharmacy.id, args.medicationIds),
  },
  StockItem: {
    pharmacy: (item: StockLevel, _args, ctx) => ctx.loaders.pharmacyById.load(item.pharmacyId),
    medication: (item: StockLevel, _args, ctx) =>
      ctx.loaders.medicationById.load(item.medicationId),
    quantityAvailable: (item: StockLevel) => item.onHand - item.reserved,
  },
};
